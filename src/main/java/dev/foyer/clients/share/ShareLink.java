package dev.foyer.clients.share;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A share link as its realtor and its client see it: never the token, which only its creation shows.
 *
 * @param status    {@code live}, {@code expired} or {@code revoked}, by Foyer's clock
 * @param viewCount how many times the shared page was opened
 */
public record ShareLink(UUID id, UUID clientId, String clientName, UUID realtorId, String status,
                        List<String> sections, Instant createdAt, Instant expiresAt, Instant revokedAt,
                        long viewCount, Instant lastViewedAt) {

    public boolean live() {
        return "live".equals(status);
    }
}
