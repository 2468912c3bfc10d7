package dev.foyer.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first sign-in step: the phone the code goes to. */
record PhoneForm(@NotBlank @Size(max = 50) String phone) {

    static PhoneForm empty() {
        return new PhoneForm("");
    }
}
