package dev.foyer.clients.documents;

import java.time.Instant;
import java.util.UUID;

/** A document of an onboarding as the API shows it; where its bytes live stays on the server. */
public record DocumentView(UUID id, UUID onboardingId, String title, String fileName, String mediaType,
                           long sizeBytes, Instant createdAt) {
}
