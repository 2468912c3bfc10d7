package dev.foyer.database;

import java.util.Objects;
import java.util.UUID;

/**
 * The user a transaction acts for: {@code auth.uid()} returns {@link #id()}, and
 * {@code auth.user_role()} returns {@link #role()}, the permission level of seed 003's profiles
 * ({@code user}, {@code standard}, {@code support}, {@code admin}) that admin policies read.
 */
public record ActingUser(UUID id, String role) {

    public static final String DEFAULT_ROLE = "user";

    public ActingUser {
        Objects.requireNonNull(id, "id");
        role = role == null ? DEFAULT_ROLE : role;
    }

    public static ActingUser of(UUID id) {
        return new ActingUser(id, DEFAULT_ROLE);
    }
}
