package dev.foyer.deals;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a deal's timeline, with who did it and when: {@code created}, {@code stage_changed}
 * ({@code {from, to}}), {@code updated} ({@code {fields: {name: {from, to}}}}, and {@code cause} when
 * a contact merged away or deleted changed it), {@code status_changed} ({@code {from, to, stage}}:
 * the stage's outcome changed), {@code archived} and {@code unarchived}.
 */
public record DealEventResponse(UUID id, String type, String description, JsonNode metadata, UUID createdBy,
                         Instant createdAt) {
}
