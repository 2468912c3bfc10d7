package dev.foyer.identity.phone;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.stereotype.Component;

/** Reads phone numbers as people type them and writes them in E.164, the one form Foyer compares. */
@Component
public class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneNumbers(PhoneProperties properties) {
        this.defaultRegion = properties.defaultRegion().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalStateException("foyer.identity.phone.default-region '" + properties.defaultRegion()
                    + "' is not a region libphonenumber knows; use an ISO 3166 code such as AU, GB or US");
        }
    }

    /**
     * The number in E.164 ({@code +61412345678}).
     *
     * @throws InvalidPhoneNumberException when the number cannot be parsed, is not a number in use
     *                                     in its region, or carries letters or an extension
     */
    public String toE164(String raw) {
        return parseValid(raw).orElseThrow(InvalidPhoneNumberException::new);
    }

    /**
     * The form contacts are searched by: E.164 when the number is valid, otherwise its digits, so
     * that a number typed half-remembered still finds the contact. An absent number gives {@code ""}.
     */
    public String normaliseForSearch(String raw) {
        if (raw == null) {
            return "";
        }
        return parseValid(raw).orElseGet(() -> raw.replaceAll("\\D", ""));
    }

    private Optional<String> parseValid(String raw) {
        // libphonenumber reads letters as keypad digits (1800 FLOWERS) and "ext." as an extension;
        // neither can receive a code by SMS, and silently rewriting what the user typed hides typos.
        if (raw == null || raw.isBlank() || raw.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw, defaultRegion);
            if (!UTIL.isValidNumber(number) || number.hasExtension()) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
