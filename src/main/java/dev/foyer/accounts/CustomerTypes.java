package dev.foyer.accounts;

import java.util.List;

/**
 * Seed 002's customer types; the database's check constraint says the same. Public for the account
 * pages, which offer the types as choices and check them as the JSON API does.
 */
public final class CustomerTypes {

    /** In the order a form offers them. */
    public static final List<String> ALL = List.of("Residential", "Commercial");
    public static final String PATTERN = "Residential|Commercial";
    static final String MESSAGE = "must be Residential or Commercial";

    private CustomerTypes() {
    }

    static boolean isValid(String type) {
        return type != null && type.matches(PATTERN);
    }
}
