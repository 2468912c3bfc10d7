package dev.foyer.accounts;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.foyer.api.ApiException.FieldError;

/**
 * Reads an address as a request sends it (seed 002: "JSONB validation for address structure at
 * application layer"). The body arrives as a map rather than a record because Foyer's JSON reader
 * ignores unknown properties, and here an unknown key is most likely a typo that would otherwise be
 * dropped without a word: {@code billingAddress.street2} is refused by name.
 */
final class AddressInput {

    private static final Pattern ZIP = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 -]{0,10}[A-Za-z0-9])?");
    private static final Pattern COUNTRY = Pattern.compile("\\p{L}[\\p{L} .'()-]{1,59}");

    private enum Part {
        STREET("street", 200), CITY("city", 100), STATE("state", 100), ZIP("zip", 12), COUNTRY("country", 60);

        final String key;
        final int max;

        Part(String key, int max) {
            this.key = key;
            this.max = max;
        }
    }

    private AddressInput() {
    }

    /**
     * The address, or {@code null} when the request has none; each problem is added to
     * {@code errors} under {@code field.key}. Blank parts count as absent.
     */
    static Address read(String field, Map<String, Object> body, List<FieldError> errors) {
        if (body == null) {
            return null;
        }
        for (String key : body.keySet()) {
            if (java.util.Arrays.stream(Part.values()).noneMatch(p -> p.key.equals(key))) {
                errors.add(new FieldError(field + "." + key, "is not a part of an address (street, city, state, zip, country)"));
            }
        }
        int before = errors.size();
        String[] values = new String[Part.values().length];
        for (Part part : Part.values()) {
            values[part.ordinal()] = text(field + "." + part.key, body.get(part.key), part.max, errors);
        }
        check(field + ".zip", values[Part.ZIP.ordinal()], ZIP, "must be 1 to 12 letters, digits, spaces or hyphens", errors);
        check(field + ".country", values[Part.COUNTRY.ordinal()], COUNTRY,
                "must be a country name or code, in letters", errors);
        if (errors.size() > before) {
            return null;
        }
        return new Address(values[0], values[1], values[2], values[3], values[4]);
    }

    private static String text(String field, Object value, int max, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String clean = s.strip();
        if (clean.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        return clean.isEmpty() ? null : clean;
    }

    private static void check(String field, String value, Pattern pattern, String message, List<FieldError> errors) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
    }
}
