package dev.foyer.accounts;

import dev.foyer.api.BlankText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes to a contact: a missing or {@code null} field stays as it is; an empty email, phone, role
 * or notes clears it. {@code isPrimary: true} makes it the primary contact in place of any other.
 */
record UpdateContactRequest(
        @Size(max = 200) @Pattern(regexp = BlankText.NOT_BLANK, message = "must not be blank") String name,
        @Email(regexp = ContactEmails.PATTERN, message = ContactEmails.MESSAGE) @Size(max = 320) String email,
        @Size(max = 40) String phone,
        @Size(max = 100) String role,
        Boolean isPrimary,
        @Size(max = 10_000) String notes) {

    ContactChange toChange(ContactPhones phones) {
        return new ContactChange(name == null ? null : name.strip(), email, phones.normalise(phone), role,
                isPrimary, notes);
    }
}
