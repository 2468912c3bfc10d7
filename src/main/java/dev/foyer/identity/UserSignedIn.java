package dev.foyer.identity;

import java.util.UUID;

/**
 * A user signed in (or signed up), published inside the sign-in's transaction. Modules that have
 * something waiting for the user, such as an invitation to their phone, react after it commits.
 */
public record UserSignedIn(UUID userId) {
}
