package dev.foyer.clients.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as the client pages write them, {@code ${@clientTimes.utc(instant)}}: in UTC for readers
 * without JavaScript; app.js rewrites each {@code <time>} in the reader's time zone.
 */
@Component("clientTimes")
class UtcTimes {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
