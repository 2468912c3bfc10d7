package dev.foyer.accounts;

import java.util.List;

/**
 * What a list of accounts is narrowed to: a full-text query over company and contact names, a
 * customer type, and tags of which the account has any or all (compared ignoring case).
 * Absent parts narrow nothing.
 */
public record AccountFilter(String query, String customerType, List<String> tags, boolean allTags) {

    public AccountFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    boolean searching() {
        return query != null;
    }

    /** A search and nothing else, which search_accounts_page() answers alone. */
    boolean onlySearching() {
        return searching() && customerType == null && tags.isEmpty();
    }
}
