package dev.foyer.clients.share;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A part of a client's profile that a share link may show. Date of birth and income stand alone so
 * that a link can leave them out; the rest follow the onboarding form's groups. The values are the
 * ones {@code shareable_profile_tokens.sections} allows.
 */
public enum ShareSection {
    CONTACT, DATE_OF_BIRTH, ADDRESS, EMPLOYMENT, INCOME, EMERGENCY_CONTACT, HOUSEHOLD, NOTES, DOCUMENTS;

    public String value() {
        return name().toLowerCase();
    }

    /** Every section's value, in the form's order: what a link shows unless told otherwise. */
    public static List<String> allValues() {
        return Arrays.stream(values()).map(ShareSection::value).toList();
    }

    public static Optional<ShareSection> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
