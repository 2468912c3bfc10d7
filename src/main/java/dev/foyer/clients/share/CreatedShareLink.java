package dev.foyer.clients.share;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A link just made, with the token: the only time Foyer shows it, since it keeps only its hash. */
public record CreatedShareLink(UUID id, UUID clientId, String token, Instant expiresAt, List<String> sections) {
}
