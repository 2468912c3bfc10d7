package dev.foyer.accounts;

/**
 * Seed 002's "email format validation at application layer". Bean validation's own check accepts
 * {@code dana@localhost}; a customer's address needs a domain with a dot, and no spaces.
 */
public final class ContactEmails {

    public static final String PATTERN = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String MESSAGE = "must be an email address";

    private ContactEmails() {
    }
}
