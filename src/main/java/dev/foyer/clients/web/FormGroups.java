package dev.foyer.clients.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.foyer.api.ApiException;
import dev.foyer.clients.OnboardingField;
import dev.foyer.clients.OnboardingRules;

/**
 * The onboarding form as the pages draw it: its six groups, each field with its input type, the
 * value to show (what was saved, or what was typed when it was refused) and its error.
 */
final class FormGroups {

    /** One field: {@code input} is text, tel, date, number, province or textarea. */
    record Row(String name, String input, String value, String error, boolean saved, boolean required) {
    }

    record Group(String name, List<Row> rows) {
    }

    private FormGroups() {
    }

    static List<Group> of(Map<OnboardingField, Object> values, Map<String, String> errors) {
        return of(values, Map.of(), errors, null);
    }

    /**
     * @param typed  values as typed for fields that were refused, shown instead of the saved ones
     * @param saved  the field just saved, marked so that the page can say so
     */
    static List<Group> of(Map<OnboardingField, Object> values, Map<String, String> typed, Map<String, String> errors,
                          String saved) {
        return Arrays.stream(OnboardingField.Group.values()).map(group -> new Group(
                group.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Arrays.stream(OnboardingField.values()).filter(field -> field.group() == group)
                        .map(field -> row(field, values, typed, errors, saved)).toList())).toList();
    }

    static Row row(OnboardingField field, Map<OnboardingField, Object> values, Map<String, String> typed,
                   Map<String, String> errors, String saved) {
        String name = field.json();
        Object value = values.get(field);
        String shown = typed.containsKey(name) ? typed.get(name) : value == null ? "" : value.toString();
        return new Row(name, input(field), shown, errors.get(name), name.equals(saved),
                OnboardingRules.REQUIRED_TO_SUBMIT.contains(field));
    }

    private static String input(OnboardingField field) {
        return switch (field) {
            case PHONE, EMPLOYER_PHONE, EMERGENCY_CONTACT_PHONE -> "tel";
            case DATE_OF_BIRTH, EMPLOYMENT_START_DATE -> "date";
            case MONTHLY_INCOME, NUMBER_OF_OCCUPANTS -> "number";
            case CURRENT_PROVINCE -> "province";
            case ADDITIONAL_NOTES -> "textarea";
            default -> "text";
        };
    }

    /** The refusal's field errors by field name. */
    static Map<String, String> errors(ApiException refusal) {
        var errors = new LinkedHashMap<String, String>();
        refusal.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        return errors;
    }
}
