package dev.foyer.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new contact of an account; {@code isPrimary: true} makes it the primary contact in place of any other. */
record CreateContactRequest(
        @NotBlank @Size(max = 200) String name,
        @Email(regexp = ContactEmails.PATTERN, message = ContactEmails.MESSAGE) @Size(max = 320) String email,
        @Size(max = 40) String phone,
        @Size(max = 100) String role,
        Boolean isPrimary,
        @Size(max = 10_000) String notes) {

    ContactChange toChange(ContactPhones phones) {
        return new ContactChange(name == null ? null : name.strip(), email, phones.normalise(phone), role, isPrimary, notes);
    }
}
