package dev.foyer.accounts;

/** Seed 002's customer types; the database's check constraint says the same. */
final class CustomerTypes {

    static final String PATTERN = "Residential|Commercial";
    static final String MESSAGE = "must be Residential or Commercial";

    private CustomerTypes() {
    }

    static boolean isValid(String type) {
        return type != null && type.matches(PATTERN);
    }
}
