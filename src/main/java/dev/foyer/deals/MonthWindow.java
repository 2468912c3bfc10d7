package dev.foyer.deals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A calendar month in UTC, from its first instant up to the next month's. "This month" on the
 * dashboard is the same for every user and every server: Foyer keeps no time zone per user yet.
 */
record MonthWindow(Instant start, Instant end) {

    static MonthWindow containing(Instant instant) {
        var month = YearMonth.from(instant.atOffset(ZoneOffset.UTC));
        return new MonthWindow(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
