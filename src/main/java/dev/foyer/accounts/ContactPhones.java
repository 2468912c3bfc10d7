package dev.foyer.accounts;

import dev.foyer.api.ApiException;
import dev.foyer.identity.phone.InvalidPhoneNumberException;
import dev.foyer.identity.phone.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Seed 002's "phone format standardization at application layer": a contact's phone is stored in
 * E.164, the form sign-in and contact search use, so that the same number always reads the same.
 * A number that cannot be dialled is refused rather than stored as typed.
 */
@Component
public class ContactPhones {

    private final PhoneNumbers phones;

    ContactPhones(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** {@code null} stays null (unchanged), blank becomes {@code ""} (cleared), anything else E.164. */
    public String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw == null ? null : "";
        }
        try {
            return phones.toE164(raw);
        } catch (InvalidPhoneNumberException e) {
            throw ApiException.invalid("phone", e.getMessage());
        }
    }
}
