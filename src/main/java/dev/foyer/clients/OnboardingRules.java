package dev.foyer.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.foyer.api.ApiException;
import dev.foyer.api.ApiException.FieldError;
import dev.foyer.api.NulText;
import org.springframework.stereotype.Component;

/**
 * What the onboarding form accepts, checked all at once so that one 400 names every bad field:
 * phones in E.164, an adult's date of birth, an employment that has started, whole dollars,
 * at least one occupant, a Canadian province and a postal code that fits it. An empty value clears
 * the field: drafts are saved as they are typed, in any order.
 */
@Component
public class OnboardingRules {

    /** What a submitted form must hold: enough for a landlord to judge; employment may be none, notes are optional. */
    public static final List<OnboardingField> REQUIRED_TO_SUBMIT = List.of(OnboardingField.PHONE,
            OnboardingField.DATE_OF_BIRTH, OnboardingField.CURRENT_ADDRESS, OnboardingField.CURRENT_CITY,
            OnboardingField.CURRENT_PROVINCE, OnboardingField.CURRENT_POSTAL_CODE, OnboardingField.MONTHLY_INCOME,
            OnboardingField.EMERGENCY_CONTACT_NAME, OnboardingField.EMERGENCY_CONTACT_PHONE,
            OnboardingField.NUMBER_OF_OCCUPANTS, OnboardingField.HAS_PETS);

    static final int ADULT_AGE = 18;
    static final int MAX_OCCUPANTS = 50;
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private final Clock clock;
    private final ClientPhones phones;

    OnboardingRules(Clock clock, ClientPhones phones) {
        this.clock = clock;
        this.phones = phones;
    }

    /**
     * Reads the changed fields: a value as typed (text, or a number for the whole-number fields) or
     * null to clear. Unknown names are refused, so that a typo is not silently ignored.
     */
    public Map<OnboardingField, Object> read(Map<String, Object> changes) {
        List<FieldError> errors = new ArrayList<>();
        Map<OnboardingField, Object> values = new EnumMap<>(OnboardingField.class);
        changes.forEach((name, raw) -> OnboardingField.byJson(name).ifPresentOrElse(
                field -> values.put(field, read(field, raw, errors)),
                () -> errors.add(new FieldError(name, "is not a field of the onboarding form"))));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return values;
    }

    /** The form with the changes applied, refused if the province and the postal code no longer fit. */
    public Map<OnboardingField, Object> apply(Map<OnboardingField, Object> current, Map<OnboardingField, Object> changes) {
        Map<OnboardingField, Object> merged = new EnumMap<>(OnboardingField.class);
        merged.putAll(current);
        merged.putAll(changes);
        var province = (String) merged.get(OnboardingField.CURRENT_PROVINCE);
        var postalCode = (String) merged.get(OnboardingField.CURRENT_POSTAL_CODE);
        if (province != null && postalCode != null && !CanadianAddress.fits(postalCode, province)) {
            var blamed = changes.containsKey(OnboardingField.CURRENT_POSTAL_CODE)
                    ? OnboardingField.CURRENT_POSTAL_CODE : OnboardingField.CURRENT_PROVINCE;
            throw ApiException.invalid(blamed.json(), "postal code " + postalCode + " is not in " + province);
        }
        return merged;
    }

    /** Refuses to submit, naming every field still empty. */
    public void requireComplete(Map<OnboardingField, Object> form) {
        var missing = REQUIRED_TO_SUBMIT.stream().filter(field -> form.get(field) == null)
                .map(field -> new FieldError(field.json(), "is required to submit")).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
    }

    private Object read(OnboardingField field, Object raw, List<FieldError> errors) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        if (field.kind() == OnboardingField.Kind.WHOLE_NUMBER) {
            return wholeNumber(field, raw, errors);
        }
        if (!(raw instanceof String text)) {
            return refuse(errors, field, "must be text");
        }
        text = text.strip();
        // The body is read as a JSON tree, past the string reader that refuses NUL elsewhere (NulText).
        if (text.indexOf('\0') >= 0) {
            return refuse(errors, field, NulText.PROBLEM);
        }
        if (field.maxLength() > 0 && text.length() > field.maxLength()) {
            return refuse(errors, field, "must be at most " + field.maxLength() + " characters");
        }
        return switch (field.kind()) {
            case TEXT -> text;
            case PHONE -> phones.read(field.json(), text, errors);
            case DATE -> date(field, text, errors);
            case PROVINCE -> CanadianAddress.province(text).map(Object.class::cast).orElseGet(() ->
                    refuse(errors, field, "must be one of " + String.join(", ", CanadianAddress.PROVINCES)));
            case POSTAL_CODE -> CanadianAddress.postalCode(text).map(Object.class::cast).orElseGet(() ->
                    refuse(errors, field, "must be a Canadian postal code such as K1A 0B1"));
            case PETS -> pets(text);
            case WHOLE_NUMBER -> throw new IllegalStateException("read above");
        };
    }

    private Object wholeNumber(OnboardingField field, Object raw, List<FieldError> errors) {
        long value;
        try {
            value = raw instanceof Number number && !(raw instanceof Double || raw instanceof Float)
                    ? number.longValue() : Long.parseLong(String.valueOf(raw).strip());
        } catch (NumberFormatException e) {
            return refuse(errors, field, field == OnboardingField.MONTHLY_INCOME
                    ? "must be whole dollars" : "must be a whole number");
        }
        if (field == OnboardingField.MONTHLY_INCOME && (value < 0 || value > Integer.MAX_VALUE)) {
            return refuse(errors, field, "must be 0 or more whole dollars, at most " + Integer.MAX_VALUE);
        }
        if (field == OnboardingField.NUMBER_OF_OCCUPANTS && (value < 1 || value > MAX_OCCUPANTS)) {
            return refuse(errors, field, "must be between 1 and " + MAX_OCCUPANTS);
        }
        return (int) value;
    }

    private Object date(OnboardingField field, String text, List<FieldError> errors) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return refuse(errors, field, "must be a date such as 1990-04-21");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (date.isBefore(EARLIEST_DATE)) {
            return refuse(errors, field, "must be after " + EARLIEST_DATE);
        }
        if (field == OnboardingField.DATE_OF_BIRTH && date.isAfter(today.minusYears(ADULT_AGE))) {
            return refuse(errors, field, date.isBefore(today) ? "must be at least " + ADULT_AGE + " years ago"
                    : "must be in the past");
        }
        if (field == OnboardingField.EMPLOYMENT_START_DATE && date.isAfter(today)) {
            return refuse(errors, field, "must not be in the future");
        }
        return date;
    }

    /** {@code yes} and {@code no} in any case are stored as such; anything else is the pets described. */
    private static String pets(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("yes") || lower.equals("no") ? lower : text;
    }

    private static Object refuse(List<FieldError> errors, OnboardingField field, String message) {
        errors.add(new FieldError(field.json(), message));
        return null;
    }
}
