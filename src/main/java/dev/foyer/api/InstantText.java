package dev.foyer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Instants in JSON exactly as {@link DateTimeFormatter#ISO_INSTANT} writes them
 * ({@code 2026-11-24T09:30:00.123456Z}: seconds always, the fraction in groups of three digits as
 * long as it needs), written straight into a buffer. A contact list writes two instants a contact,
 * and the formatter's intermediate objects were a fifth of all a search request allocated
 * (bench/README.md). Years outside 0000–9999, which the formatter writes with a sign, are left to it.
 * Always text: a {@code @JsonFormat} on an instant, or dates written as numbers, would not be
 * honoured here (Foyer uses neither).
 */
@Configuration(proxyBeanMethods = false)
public class InstantText {

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in seconds from the epoch. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    private static final long END_SECOND = 253_402_300_800L;
    private static final int SECONDS_PER_DAY = 86_400;

    /** {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ} */
    private static final int LONGEST = 30;

    @Bean
    JacksonModule writeInstantsDirectly() {
        return new SimpleModule("foyer-instant-text").addSerializer(Instant.class, new Writer());
    }

    static final class Writer extends StdScalarSerializer<Instant> {

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            char[] text = new char[LONGEST];
            int length = format(value, text);
            if (length < 0) {
                generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
            } else {
                generator.writeString(text, 0, length);
            }
        }
    }

    /** Writes the instant into {@code text} and answers its length, or -1 for a year outside 0000–9999. */
    static int format(Instant instant, char[] text) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return -1;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        int at = 19;
        int nanos = instant.getNano();
        if (nanos > 0) {
            text[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                at = digits(text, at, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                at = digits(text, at, nanos / 1_000, 6);
            } else {
                at = digits(text, at, nanos, 9);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    /** {@code value} in {@code count} decimal digits, zeros first; answers the position after them. */
    private static int digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + count;
    }
}
