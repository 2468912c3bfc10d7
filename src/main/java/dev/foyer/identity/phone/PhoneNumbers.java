package dev.foyer.identity.phone;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.stereotype.Component;

/** Reads phone numbers as people type them and writes them in E.164, the one form Foyer compares. */
@Component
public class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Digits and what people put between them; nothing else, so a name or an email is never read as a number. */
    private static final Pattern TYPED_NUMBER = Pattern.compile("\\+?[0-9()\\-. ]+");

    /** Fewer digits than this are searched as typed: "(02)" then finds the numbers written so. */
    private static final int SEARCHED_DIGITS = 3;

    private final String defaultRegion;
    private final String trunkPrefix;

    public PhoneNumbers(PhoneProperties properties) {
        this.defaultRegion = properties.defaultRegion().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalStateException("foyer.identity.phone.default-region '" + properties.defaultRegion()
                    + "' is not a region libphonenumber knows; use an ISO 3166 code such as AU, GB or US");
        }
        this.trunkPrefix = Objects.requireNonNullElse(UTIL.getNddPrefixForRegion(defaultRegion, true), "");
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

    /**
     * What to look for among stored numbers when a search is typed like a phone number: its digits,
     * without a leading {@code +} or the default region's trunk prefix (the 0 of an Australian
     * 0412 345 678). A contact's number is searched by its E.164 form and its bare digits, and one
     * of them contains these however either was written: "0412-345-678", "+61 412 345 678" and
     * "412 345" all find a valid number stored as "0412 345 678" or as "+61 412 345 678". Any other
     * text, and a number of fewer than three digits, comes back as given.
     */
    public String searchText(String query) {
        if (!TYPED_NUMBER.matcher(query).matches()) {
            return query;
        }
        String digits = query.replaceAll("\\D", "");
        if (!query.startsWith("+") && !trunkPrefix.isEmpty() && digits.startsWith(trunkPrefix)) {
            digits = digits.substring(trunkPrefix.length());
        }
        return digits.length() < SEARCHED_DIGITS ? query : digits;
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
