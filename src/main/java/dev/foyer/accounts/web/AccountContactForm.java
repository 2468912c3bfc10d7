package dev.foyer.accounts.web;

import dev.foyer.accounts.AccountContactView;
import dev.foyer.accounts.ContactChange;
import dev.foyer.accounts.ContactEmails;
import dev.foyer.accounts.ContactPhones;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact of an account, as the add and edit forms send it, with the JSON API's limits. */
record AccountContactForm(
        @NotBlank @Size(max = 200) String name,
        @Email(regexp = ContactEmails.PATTERN) @Size(max = 320) String email,
        @Size(max = 40) String phone,
        @Size(max = 100) String role,
        Boolean primary,
        @Size(max = 10_000) String notes) {

    static AccountContactForm empty() {
        return new AccountContactForm("", "", "", "", false, "");
    }

    static AccountContactForm of(AccountContactView contact) {
        return new AccountContactForm(contact.name(), text(contact.email()), text(contact.phone()),
                text(contact.role()), contact.isPrimary(), text(contact.notes()));
    }

    /**
     * Every field, blank ones as empty strings, which the module reads as "clear"; an unticked box
     * steps the contact down. The phone is stored in E.164, so it is normalised here as the API does.
     */
    ContactChange toChange(ContactPhones phones) {
        return new ContactChange(text(name).strip(), text(email), phones.normalise(text(phone)), text(role),
                Boolean.TRUE.equals(primary), text(notes));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
