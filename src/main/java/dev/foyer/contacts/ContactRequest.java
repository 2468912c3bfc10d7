package dev.foyer.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A contact as a client sends it: by JSON to the API, or as one row of an imported CSV file. */
record ContactRequest(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Email(message = "must be an email address") @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @Size(max = 200) String company,
        @Size(max = 200) String jobTitle,
        @Size(max = 10_000) String notes) {

    ContactInput toInput() {
        return new ContactInput(firstName, lastName, email, phone, company, jobTitle, notes);
    }

    /** A new contact: as {@link #toInput()}, refused when it has neither a first nor a last name. */
    ContactInput toNewContact() {
        var input = toInput();
        ContactService.requireName(ContactService.clean(input));
        return input;
    }
}
