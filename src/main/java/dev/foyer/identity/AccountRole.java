package dev.foyer.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The account type a user chooses once after signing up (seed 001's {@code users.role}, with seed
 * 000's realtor and client). {@code admin} exists but is never selectable.
 */
public enum AccountRole {
    CREATOR, AGENCY, BRAND, GIFTER, ADMIN, REALTOR, CLIENT;

    public String value() {
        return name().toLowerCase();
    }

    public boolean selectable() {
        return this != ADMIN;
    }

    public static Optional<AccountRole> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst();
    }
}
