package dev.foyer.database;

import java.util.Optional;

/**
 * Tells which user the current request acts for; the identity module provides it from the signed-in
 * principal. A transaction with no acting user sees no user's rows.
 */
@FunctionalInterface
public interface ActingUserResolver {

    Optional<ActingUser> current();
}
