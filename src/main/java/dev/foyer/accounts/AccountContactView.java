package dev.foyer.accounts;

import java.time.Instant;
import java.util.UUID;

/** One of an account's contacts as the API shows it; the phone is in E.164. */
public record AccountContactView(UUID id, UUID accountId, String name, String email, String phone, String role,
                                 boolean isPrimary, String notes, UUID createdBy, UUID updatedBy,
                                 Instant createdAt, Instant updatedAt) {
}
