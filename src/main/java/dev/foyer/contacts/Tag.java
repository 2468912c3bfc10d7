package dev.foyer.contacts;

import java.util.UUID;

/** A colored label a user puts on contacts (seed 004's contact_tags). */
public record Tag(UUID id, String name, String color) {
}
