package dev.foyer.clients;

import java.util.List;

import dev.foyer.api.ApiException;
import dev.foyer.api.ApiException.FieldError;
import dev.foyer.identity.phone.InvalidPhoneNumberException;
import dev.foyer.identity.phone.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Phones as the client module stores them: E.164, read the way sign-in reads them, so that an
 * invitation meets the phone its client signs in with.
 */
@Component
public class ClientPhones {

    private final PhoneNumbers phones;

    ClientPhones(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** The phone in E.164, or a 400 naming the field. */
    public String require(String field, String raw) {
        try {
            return phones.toE164(raw);
        } catch (InvalidPhoneNumberException e) {
            throw ApiException.invalid(field, e.getMessage());
        }
    }

    /** The phone in E.164; a bad one is added to the errors and answers null. */
    String read(String field, String raw, List<FieldError> errors) {
        try {
            return phones.toE164(raw);
        } catch (InvalidPhoneNumberException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}
