package dev.foyer.identity.phone;

/**
 * A phone number that cannot be dialled. Its message completes a sentence about the field
 * ({@code "phone is not a valid phone number"}) and is safe to show the user; it does not repeat
 * the number.
 */
public class InvalidPhoneNumberException extends RuntimeException {

    InvalidPhoneNumberException() {
        super("is not a valid phone number");
    }
}
