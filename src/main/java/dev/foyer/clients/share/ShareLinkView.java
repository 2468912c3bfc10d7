package dev.foyer.clients.share;

import java.time.Instant;
import java.util.UUID;

/** One opening of a shared page: when, from which network, with which browser. */
public record ShareLinkView(UUID id, UUID shareId, Instant viewedAt, String ipPrefix, String userAgent) {
}
