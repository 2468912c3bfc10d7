package dev.foyer.deals;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a deal's timeline: {@code created}, {@code stage_changed} ({@code {from, to}}) or
 * {@code updated} ({@code {fields: {name: {from, to}}}}), with who did it and when.
 */
public record DealEventResponse(UUID id, String type, String description, JsonNode metadata, UUID createdBy,
                         Instant createdAt) {
}
