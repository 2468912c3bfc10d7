package dev.foyer.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The second sign-in step: the phone again (carried in a hidden field) and the code it was sent. */
record CodeForm(@NotBlank @Size(max = 50) String phone, @NotBlank @Size(max = 20) String code) {

    static CodeForm forPhone(String phone) {
        return new CodeForm(phone, "");
    }
}
