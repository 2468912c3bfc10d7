package dev.foyer.contacts.web;

import dev.foyer.contacts.ContactInput;
import dev.foyer.contacts.ContactView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The contact form's fields, with the limits the JSON API checks too. */
record ContactForm(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @Size(max = 200) String company,
        @Size(max = 200) String jobTitle,
        @Size(max = 10_000) String notes) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "", "", "");
    }

    static ContactForm of(ContactView contact) {
        return new ContactForm(contact.firstName(), contact.lastName(), contact.email(), contact.phone(),
                contact.company(), contact.jobTitle(), contact.notes());
    }

    /** A person needs a first or a last name; the service refuses a contact with neither too. */
    boolean hasName() {
        return !blank(firstName) || !blank(lastName);
    }

    /**
     * Every field, blank ones as empty strings: on an update the service reads null as "leave as
     * it is" and an empty string as "clear", and an emptied form field means clear.
     */
    ContactInput toInput() {
        return new ContactInput(text(firstName), text(lastName), text(email), text(phone), text(company),
                text(jobTitle), text(notes));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
