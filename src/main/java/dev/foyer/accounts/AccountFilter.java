package dev.foyer.accounts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a list of accounts is narrowed to: a full-text query over company and contact names, a
 * customer type, tags of which the account has any or all (compared ignoring case), and the days
 * (UTC, both included) it was created between. Absent parts narrow nothing.
 */
public record AccountFilter(String query, String customerType, List<String> tags, boolean allTags,
                            LocalDate createdFrom, LocalDate createdTo) {

    public AccountFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    boolean searching() {
        return query != null;
    }

    /** A search and nothing else, which search_accounts_page() answers alone. */
    boolean onlySearching() {
        return searching() && customerType == null && tags.isEmpty() && createdFrom == null && createdTo == null;
    }

    /** The first instant of the first day, or null. */
    OffsetDateTime createdSince() {
        return createdFrom == null ? null : createdFrom.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the last day, or null. */
    OffsetDateTime createdBefore() {
        return createdTo == null ? null : createdTo.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
