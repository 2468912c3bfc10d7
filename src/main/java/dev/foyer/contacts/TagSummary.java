package dev.foyer.contacts;

import java.util.UUID;

/** A tag and how many of the user's contacts carry it. */
public record TagSummary(UUID id, String name, String color, long contacts) {
}
