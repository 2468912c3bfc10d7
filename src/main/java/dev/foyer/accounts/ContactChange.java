package dev.foyer.accounts;

/**
 * A new contact or a change to one: {@code null} leaves a field as it is (on creation: empty), an
 * empty string clears email, phone, role or notes. {@code primary} true makes the contact the
 * account's primary contact, false steps it down. The phone is already in E.164.
 */
public record ContactChange(String name, String email, String phone, String role, Boolean primary, String notes) {

    /** A new contact: what the request leaves out stays empty. */
    ContactChange withDefaults() {
        return new ContactChange(name, blankToNull(email), blankToNull(phone), blankToNull(role),
                primary != null && primary, blankToNull(notes));
    }

    /** The contact as it is after this change. */
    ContactChange appliedTo(AccountContactView current) {
        return new ContactChange(name != null ? name : current.name(),
                email != null ? blankToNull(email) : current.email(),
                phone != null ? blankToNull(phone) : current.phone(),
                role != null ? blankToNull(role) : current.role(),
                primary != null ? primary : current.isPrimary(),
                notes != null ? blankToNull(notes) : current.notes());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
