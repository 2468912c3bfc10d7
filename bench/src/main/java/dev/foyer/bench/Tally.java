package dev.foyer.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/**
 * One client's measurements in one scenario: the latency of each step that got the answer it
 * expected, and the failures of each step by kind. Only one thread writes to a tally; the run adds
 * them up once the threads have ended. While {@code counting} is off (the warm-up) nothing is kept.
 */
final class Tally {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Map<String, Histogram> latencies = new HashMap<>();
    private final Map<String, Map<String, Integer>> failures = new HashMap<>();
    private boolean counting;

    void counting(boolean counting) {
        this.counting = counting;
    }

    /** A step that succeeded, and how long it took from sending to the last byte of the answer. */
    void ok(String step, long nanos) {
        if (counting) {
            latencies.computeIfAbsent(step, s -> new Histogram(SIGNIFICANT_DIGITS)).recordValue(nanos);
        }
    }

    /** A step that did not: {@code HTTP 429}, {@code no answer}, {@code no SMS}... */
    void failed(String step, String kind) {
        if (counting) {
            failures.computeIfAbsent(step, s -> new TreeMap<>()).merge(kind, 1, Integer::sum);
        }
    }

    void failed(String step, int httpStatus) {
        failed(step, httpStatus == FoyerApi.NO_ANSWER ? "no answer" : "HTTP " + httpStatus);
    }

    void addTo(Tally total) {
        latencies.forEach((step, histogram) -> total.latencies
                .computeIfAbsent(step, s -> new Histogram(SIGNIFICANT_DIGITS)).add(histogram));
        failures.forEach((step, kinds) -> kinds.forEach((kind, n) -> total.failures
                .computeIfAbsent(step, s -> new TreeMap<>()).merge(kind, n, Integer::sum)));
    }

    Histogram latencies(String step) {
        return latencies.getOrDefault(step, new Histogram(SIGNIFICANT_DIGITS));
    }

    Map<String, Integer> failures(String step) {
        return failures.getOrDefault(step, Map.of());
    }
}
