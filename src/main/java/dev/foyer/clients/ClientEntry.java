package dev.foyer.clients;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code GET /api/clients}. For a realtor: a client or an open invitation, with
 * {@code status} {@code invited} (nobody claimed the phone yet), {@code pending} (the client has not
 * answered) or {@code active}; {@code clientId} is null while invited. For a client: one of their
 * realtors, whose name and id fill {@code name} and {@code realtorId}. {@code onboarding} is there
 * once the client accepted.
 */
public record ClientEntry(UUID invitationId, UUID pairId, UUID realtorId, UUID clientId, String status, String name,
                          String phone, String email, Instant invitedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) OnboardingProgress onboarding) {
}
