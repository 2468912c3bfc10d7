package dev.foyer.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.foyer.api.ApiException;

/** The account list's query parameters, checked once for the list and the export alike. */
final class AccountListParameters {

    private AccountListParameters() {
    }

    static AccountFilter filter(String q, String type, List<String> tag, String match, String createdFrom,
                                String createdTo) {
        if (type != null && !CustomerTypes.isValid(type)) {
            throw ApiException.invalid("type", CustomerTypes.MESSAGE);
        }
        if (match != null && !match.equals("any") && !match.equals("all")) {
            throw ApiException.invalid("match", "must be any or all");
        }
        if (q != null && q.length() > 200) {
            throw ApiException.invalid("q", "must be at most 200 characters");
        }
        LocalDate from = date("createdFrom", createdFrom);
        LocalDate to = date("createdTo", createdTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("createdTo", "must not be before createdFrom");
        }
        return new AccountFilter(q, type, tag, "all".equals(match), from, to);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date such as 2025-01-31");
        }
    }
}
