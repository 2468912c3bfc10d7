package dev.foyer.deals;

import java.util.Set;
import java.util.UUID;

import dev.foyer.api.ApiException;

/** What a deal list is narrowed to; every part is optional. {@code q} matches the title, any case. */
public record DealFilter(String stage, String status, UUID contactId, String q) {

    private static final Set<String> STATUSES = Set.of("active", "won", "lost", "archived");

    public DealFilter {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.invalid("status", "must be one of active, won, lost, archived");
        }
        stage = blankToNull(stage);
        q = blankToNull(q);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
