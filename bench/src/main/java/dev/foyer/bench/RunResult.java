package dev.foyer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/**
 * One scenario's measured window: per step, the requests that succeeded, their rate, their latency
 * percentiles, and the failures; then the CPU each iteration cost the server, its database and the
 * bench. The first step is the scenario's own measure; later ones are its parts.
 */
record RunResult(String scenario, List<String> steps, int clients, Tally tally, Duration elapsed, CpuTimes cpu) {

    private static final String ROW = "  %-22s %9s %8s %8s %8s %8s %8s %7s%n";

    void print(PrintStream out) {
        out.printf("%n%s: %d clients, %.1f s measured%n", scenario, clients, elapsed.toNanos() / 1e9);
        out.printf(ROW, "step", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");
        for (String step : steps) {
            Histogram h = tally.latencies(step);
            out.printf(ROW, step, h.getTotalCount(), String.format("%.1f", perSecond(h.getTotalCount())),
                    ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                    ms(h.getMaxValue()), errors(step));
        }
        for (String step : steps) {
            Map<String, Integer> failures = tally.failures(step);
            if (!failures.isEmpty()) {
                out.printf("  %s failures: %s%n", step, failures.entrySet().stream()
                        .map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining(", ")));
            }
        }
        String main = steps.get(0);
        out.printf("  CPU per %s: %s%n", main, cpu.perRequest(tally.latencies(main).getTotalCount()));
        out.printf("  CPU busy: %.0f%% of all %d cores (%.0f%% server, %.0f%% PostgreSQL, %.0f%% bench); other processes %.0f%%%n",
                busy(cpu.server().plus(cpu.database()).plus(cpu.bench())), cores(), busy(cpu.server()),
                busy(cpu.database()), busy(cpu.bench()), busy(cpu.others()));
    }

    private int errors(String step) {
        return tally.failures(step).values().stream().mapToInt(Integer::intValue).sum();
    }

    private double perSecond(long count) {
        return elapsed.isZero() ? 0 : count / (elapsed.toNanos() / 1e9);
    }

    /** Share of all cores' time in the window: 100% is every core busy the whole time. */
    private double busy(Duration used) {
        return elapsed.isZero() ? 0 : 100.0 * used.toNanos() / (elapsed.toNanos() * (double) cores());
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
