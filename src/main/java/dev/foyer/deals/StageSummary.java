package dev.foyer.deals;

import java.util.UUID;

/** A stage as the pipeline board and the dashboard head their columns and rows with it. */
public record StageSummary(UUID id, String name, String color, String outcome) {
}
