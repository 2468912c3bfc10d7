package dev.foyer.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A realtor invites a client by phone (as typed; stored in E.164), with an email to reach them if
 * known: the API's body and the invite form on the client list.
 */
public record InviteClientRequest(@NotBlank @Size(max = 50) String phone, @Email @Size(max = 254) String email) {

    public String cleanEmail() {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
