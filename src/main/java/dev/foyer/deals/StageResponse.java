package dev.foyer.deals;

import java.util.UUID;

/**
 * A stage of the user's pipeline: where it stands ({@code position}, 0 first), whether a deal in it
 * is open, won or lost, and how many deals are in it (archived ones too: they also keep it from
 * being removed).
 */
public record StageResponse(UUID id, String name, String color, String outcome, int position, long dealCount) {
}
