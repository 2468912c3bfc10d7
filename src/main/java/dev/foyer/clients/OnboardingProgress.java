package dev.foyer.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * How far a client got with the form: how many of its six groups (personal, employment, emergency
 * contact, occupants, pets, notes) hold anything, how many documents, and when it was submitted.
 */
public record OnboardingProgress(UUID onboardingId, int sectionsFilled, int sectionsTotal, long documents,
                                 Instant submittedAt) {

    public static final int SECTIONS = 6;

    public boolean submitted() {
        return submittedAt != null;
    }
}
