package dev.foyer.clients;

import java.time.Instant;
import java.util.UUID;

/** An invitation as its client sees it: which realtor, since when. {@code id} is what accept and decline take. */
public record InvitationView(UUID id, UUID realtorId, String realtorName, Instant invitedAt) {
}
