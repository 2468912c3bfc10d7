package dev.foyer.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * What every bench's {@code main} does around its scenarios: its options, a first line saying what
 * ran where, a fake Twilio and a real Foyer started, and both stopped however the run ends.
 */
final class BenchHarness {

    @FunctionalInterface
    interface Scenarios {
        void run(BenchOptions options, FakeTwilio twilio, FoyerServer foyer) throws Exception;
    }

    private BenchHarness() {
    }

    /**
     * @param parse  the bench's options from its arguments; an IllegalArgumentException says what is wrong
     * @param header the first line of the output, after {@link #machine(String)}
     */
    static void main(String[] args, String usage, Function<String[], BenchOptions> parse,
                     Function<BenchOptions, String> header, Scenarios scenarios) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(usage);
            return;
        }
        BenchOptions options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(header.apply(options));
        try (var twilio = new FakeTwilio(); var foyer = FoyerServer.start(options, twilio)) {
            Thread cleanup = new Thread(() -> {
                foyer.close();
                twilio.close();
            }, "bench-cleanup");
            // Ctrl-C, or Maven ending: the server and its PostgreSQL must not outlive the bench.
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                scenarios.run(options, twilio, foyer);
                int exit = foyer.stop();
                System.out.printf("%nFoyer (pid %d) stopped with exit code %d%n", foyer.pid(), exit);
                System.out.println("Server heap, " + foyer.gcLog().describe(options.heapSettings()));
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or will: it closes what the try-with-resources closes too
                }
            }
        }
    }

    /** "ShareBench 2026-11-23T09:10:19Z, 2 cores, Java 17.0.15": the bench, when, on what. */
    static String machine(String bench) {
        return String.format("%s %s, %d cores, Java %s", bench,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }
}
