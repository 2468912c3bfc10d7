package dev.foyer.identity.web;

import java.time.Duration;

import dev.foyer.api.ApiException;
import org.springframework.validation.BindingResult;

/**
 * Turns the sign-in services' refusals into messages on the form the visitor just sent. The services
 * speak the API's problem types; the pages speak message keys, so that every word comes from
 * messages.properties.
 */
final class SignInErrors {

    private static final long SECONDS_SHOWN_AS_SECONDS = 90;

    private SignInErrors() {
    }

    /** Refusals of "send me a code": a bad number, a throttle, an SMS provider that is down. */
    static void rejectSend(ApiException e, BindingResult errors, String phoneField) {
        switch (e.type()) {
            case VALIDATION -> reject(errors, phoneField, "signIn.phone.invalid");
            case TOO_MANY_REQUESTS -> rejectWait(errors, e.retryAfter());
            case UPSTREAM_UNAVAILABLE -> errors.reject("signIn.smsUnavailable");
            default -> throw e;
        }
    }

    /** Refusals of a code: malformed, wrong or expired, or an account that was disabled. */
    static void rejectCode(ApiException e, BindingResult errors) {
        switch (e.type()) {
            case VALIDATION -> {
                boolean phone = e.errors().stream().anyMatch(f -> f.field().equals("phone"));
                // The phone travels in a hidden field: if it is bad, nobody can fix it next to it.
                reject(errors, phone ? null : "code", phone ? "signIn.phone.invalid" : "signIn.code.format");
            }
            case INVALID_CREDENTIALS -> errors.rejectValue("code", "signIn.code.wrong");
            case ACCOUNT_DISABLED -> errors.reject("signIn.disabled");
            default -> throw e;
        }
    }

    private static void rejectWait(BindingResult errors, Duration retryAfter) {
        long seconds = retryAfter == null ? 1 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        if (seconds <= SECONDS_SHOWN_AS_SECONDS) {
            errors.reject("signIn.wait.seconds", new Object[] {seconds}, null);
        } else {
            errors.reject("signIn.wait.minutes", new Object[] {(seconds + 59) / 60}, null);
        }
    }

    private static void reject(BindingResult errors, String field, String code) {
        if (field == null) {
            errors.reject(code);
        } else {
            errors.rejectValue(field, code);
        }
    }
}
