package dev.foyer.identity.session;

import java.time.Instant;
import java.util.UUID;

/** A device session as its user sees it. */
public record SessionView(UUID id, String deviceInfo, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                          boolean current) {
}
