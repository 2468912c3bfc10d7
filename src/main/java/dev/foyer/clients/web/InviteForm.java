package dev.foyer.clients.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The invite form on the client list: the client's phone as typed, and an email if known. */
record InviteForm(@NotBlank @Size(max = 50) String phone, @Email @Size(max = 254) String email) {

    static InviteForm empty() {
        return new InviteForm("", "");
    }

    String cleanEmail() {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
