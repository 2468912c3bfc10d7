package dev.foyer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Instants in JSON read exactly as the JDK's ISO_INSTANT writes them, every year and precision. */
class InstantTextTest {

    private final JsonMapper json = JsonMapper.builder().addModule(new InstantText().writeInstantsDirectly()).build();

    @Test
    void writesWhatIsoInstantWrites() {
        var instants = new ArrayList<>(List.of(
                Instant.EPOCH,
                Instant.parse("2026-11-24T09:30:00Z"),
                Instant.parse("2026-11-24T09:30:00.100Z"),
                Instant.parse("2026-11-24T09:30:00.000001Z"),
                Instant.parse("2026-11-24T09:30:00.000000001Z"),
                Instant.parse("2024-02-29T23:59:59.999999999Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                // Past the years written in four digits: the JDK's formatter writes them.
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.MIN,
                Instant.MAX));
        var random = new SplittableRandom(24);
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), nanos));
        }

        for (Instant instant : instants) {
            assertThat(json.writeValueAsString(instant)).as(instant::toString)
                    .isEqualTo('"' + DateTimeFormatter.ISO_INSTANT.format(instant) + '"');
        }
    }

    @Test
    void writesInstantsInsideObjects() {
        record Stamped(String name, Instant createdAt) {
        }

        assertThat(json.writeValueAsString(new Stamped("Sarah", Instant.parse("2026-11-24T09:30:00.123456Z"))))
                .isEqualTo("{\"name\":\"Sarah\",\"createdAt\":\"2026-11-24T09:30:00.123456Z\"}");
    }
}
