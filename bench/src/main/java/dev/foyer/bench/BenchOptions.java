package dev.foyer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one run does. Every loop is bounded twice, by time and by count, so that a run stops by
 * itself whatever the server does.
 *
 * @param clients     concurrent clients, each a thread sending one request after the other
 * @param measure     how long each scenario is measured, after its warm-up
 * @param warmUp      how long each scenario runs unmeasured first (JIT, connection pools, caches)
 * @param iterations  most measured iterations per client and scenario; 0 means the time alone bounds it
 * @param jar         the server's executable jar
 * @param heap        the server's heap, as {@code -Xmx} takes it: its size from the start ({@code -Xms}
 *                    as well), as README.md runs Foyer, unless {@code shrinkingHeap}
 * @param shrinkingHeap only {@code -Xmx}, the JVM's default, under which G1 may give most of the heap
 *                    back (bench/README.md, "the server's heap given whole from the start")
 * @param scenarios   which scenarios to run, in this order
 * @param jfr         where the server writes a Java Flight Recording (profiling settings), or null for none
 * @param oneAddress  every code request from 127.0.0.1 itself, rather than from a user address of its own
 *                    that a trusted proxy forwards; the per-address throttle is then raised
 * @param dataDir     the server's data directory, kept after the run so that a later run reuses its
 *                    data; null for a fresh temporary one, deleted at the end
 * @param scale       CrmBench: the share of the full data set to generate (1 is a million contacts)
 */
record BenchOptions(int clients, Duration measure, Duration warmUp, int iterations, Path jar, String heap,
                    boolean shrinkingHeap, List<String> scenarios, Path jfr, boolean oneAddress, Path dataDir,
                    double scale) {

    /** A program's usage text and the scenarios it knows, all of which it runs by default. */
    record Program(String usage, List<String> scenarios) {
    }

    static final Duration LONGEST_MEASURE = Duration.ofMinutes(10);
    static final int MOST_CLIENTS = 256;

    static final String USAGE = """
            IdentityBench: sign-in, refresh and session-check latency of a real Foyer server on loopback.
              --clients N      concurrent clients (default 16, at most 256)
              --seconds S      measured seconds per scenario (default 20, at most 600)
              --warmup S       unmeasured warm-up seconds per scenario (default 5)
              --iterations N   most measured iterations per client and scenario (default 0: time only)
              --jar PATH       the server jar (default target/foyer-0.1.0-SNAPSHOT.jar, or ../target/...)
              --heap SIZE      the server's heap, -Xms and -Xmx (default 512m)
              --shrinking-heap only -Xmx, the JVM's default, which lets G1 shrink the heap
              --scenarios LIST comma-separated, from signin,refresh,me (default all three)
              --one-address    all code requests from one address (no X-Forwarded-For), the
                               per-address throttle raised: shows the per-address lock
              --jfr FILE       the server records a flight recording there, to see where its time goes;
                               it costs a few percent, so leave it off for the figures
            """;

    static final Program IDENTITY = new Program(USAGE, List.of("signin", "refresh", "me"));

    static BenchOptions parse(String[] args) {
        return parse(args, IDENTITY);
    }

    static BenchOptions parse(String[] args, Program program) {
        int clients = 16;
        long seconds = 20;
        long warmUp = 5;
        int iterations = 0;
        Path jar = null;
        String heap = "512m";
        List<String> scenarios = program.scenarios();
        Path jfr = null;
        boolean oneAddress = false;
        boolean shrinkingHeap = false;
        Path dataDir = null;
        double scale = 1;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--one-address")) {
                oneAddress = true;
                continue;
            }
            if (flag.equals("--shrinking-heap")) {
                shrinkingHeap = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value\n" + program.usage());
            }
            String value = args[++i];
            switch (flag) {
                case "--clients" -> clients = Integer.parseInt(value);
                case "--seconds" -> seconds = Long.parseLong(value);
                case "--warmup" -> warmUp = Long.parseLong(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--jar" -> jar = Path.of(value);
                case "--heap" -> heap = value;
                case "--scenarios" -> scenarios = List.of(value.split(","));
                case "--jfr" -> jfr = Path.of(value).toAbsolutePath();
                case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                case "--scale" -> scale = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + program.usage());
            }
        }
        var options = new BenchOptions(clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp),
                iterations, jar == null ? defaultJar() : jar, heap, shrinkingHeap, scenarios, jfr, oneAddress, dataDir,
                scale);
        options.check(program);
        return options;
    }

    private void check(Program program) {
        if (clients < 1 || clients > MOST_CLIENTS) {
            throw new IllegalArgumentException("--clients must be 1.." + MOST_CLIENTS);
        }
        if (measure.isNegative() || measure.isZero() || measure.compareTo(LONGEST_MEASURE) > 0) {
            throw new IllegalArgumentException("--seconds must be 1.." + LONGEST_MEASURE.toSeconds());
        }
        if (warmUp.isNegative() || warmUp.compareTo(LONGEST_MEASURE) > 0) {
            throw new IllegalArgumentException("--warmup must be 0.." + LONGEST_MEASURE.toSeconds());
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("--iterations must be 0 or more");
        }
        if (!program.scenarios().containsAll(scenarios)) {
            throw new IllegalArgumentException("--scenarios takes " + String.join(",", program.scenarios()));
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("--scale must be more than 0 and at most 1");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No server jar at " + jar.toAbsolutePath()
                    + "; build it first with `mvn -B -q -DskipTests package` at the repository root");
        }
    }

    /** The server's heap flags. */
    List<String> heapFlags() {
        return shrinkingHeap ? List.of("-Xmx" + heap) : List.of("-Xms" + heap, "-Xmx" + heap);
    }

    /** The heap flags as the reports print them. */
    String heapSettings() {
        return String.join(" ", heapFlags());
    }

    /** The same run with its warm-up alone, nothing measured. */
    BenchOptions warmUpOnly() {
        return warmUpOnly(warmUp);
    }

    BenchOptions warmUpOnly(Duration time) {
        return new BenchOptions(clients, Duration.ZERO, time, iterations, jar, heap, shrinkingHeap, scenarios, jfr,
                oneAddress, dataDir, scale);
    }

    /** The jar the root build makes, whether the bench runs from the repository root or from bench/. */
    private static Path defaultJar() {
        Path fromRoot = Path.of("target", "foyer-0.1.0-SNAPSHOT.jar");
        Path fromBench = Path.of("..", "target", "foyer-0.1.0-SNAPSHOT.jar");
        return Files.isRegularFile(fromRoot) || !Files.isRegularFile(fromBench) ? fromRoot : fromBench;
    }
}
