package dev.foyer.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

/**
 * The CRM screens of one big user (100,000 contacts among a million) on a real Foyer, loopback only:
 * starts a fake Twilio and Foyer, signs in ten users through the API, loads the data set
 * with SQL ({@link CrmData}), runs each screen with N concurrent clients, prints the figures and the
 * plans of the statements behind them ({@link CrmPlans}), and stops everything it started.
 */
public final class CrmBench {

    static final String USAGE = """
            CrmBench: contact list, search, tag filter, pipeline, dashboard and account search of one user
            with 100,000 contacts, in a data set of a million contacts over ten users.
              --clients N      concurrent clients (default 16, at most 256)
              --seconds S      measured seconds per scenario (default 20, at most 600)
              --warmup S       unmeasured warm-up seconds per scenario (default 5), twice: every
                               scenario once before the first is measured, then each before it is
              --iterations N   most measured iterations per client and scenario (default 0: time only)
              --scenarios LIST comma-separated, from contacts-page,search,tag-filter,pipeline,dashboard,
                               account-search (default all)
              --scale F        share of the data set to generate, 0 < F <= 1 (default 1; 0.01 for a quick try)
              --data-dir DIR   keep the server's data there: a later run with the same directory skips
                               what was generated (default: a fresh temporary directory, deleted)
              --jar PATH       the server jar (default target/foyer-0.1.0-SNAPSHOT.jar, or ../target/...)
              --heap SIZE      the server's heap, -Xms and -Xmx (default 512m)
              --shrinking-heap only -Xmx, the JVM's default, which lets G1 shrink the heap
              --jfr FILE       the server records a flight recording there (costs a few percent)
            """;

    static final BenchOptions.Program PROGRAM = new BenchOptions.Program(USAGE, CrmScenarios.ALL);

    private static final String APP_ROLE = "foyer_app";
    private static final Duration SETTLE_SLICE = Duration.ofSeconds(10);
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(3);
    private static final Duration JIT_QUIET = Duration.ofMillis(200);

    private CrmBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchHarness.main(args, USAGE, arguments -> BenchOptions.parse(arguments, PROGRAM),
                options -> BenchHarness.machine("CrmBench") + String.format(
                        "; scale %s; %d clients, %d s warm-up + %d s measured per scenario", options.scale(),
                        options.clients(), options.warmUp().toSeconds(), options.measure().toSeconds()),
                CrmBench::run);
    }

    private static void run(BenchOptions options, FakeTwilio twilio, FoyerServer foyer) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long starting = System.nanoTime();
        foyer.awaitHealthy(http);
        System.out.printf("Foyer (pid %d, %s) healthy after %.1f s%n", foyer.pid(),
                options.heapSettings(), (System.nanoTime() - starting) / 1e9);
        var api = new FoyerApi(http, foyer.baseUrl());
        // Fixed phones, so that a run on a kept data directory signs in the same ten users again;
        // each from its own documentation address (X-Forwarded-For), as IdentityBench does.
        List<CrmSession> sessions = IntStream.range(0, CrmData.USERS)
                .mapToObj(i -> CrmSession.signIn(api, twilio, "+61412900" + String.format("%03d", i), "2001:db8:c::" + (i + 1)))
                .toList();
        List<UUID> users = sessions.stream().map(CrmSession::userId).toList();
        System.out.printf("Signed in %d users through the API; the big one is %s%n", users.size(), users.get(0));

        var data = new CrmData(foyer.databaseUrl(), options.scale(), System.out);
        Duration generation = data.generate(users);
        System.out.printf("Data generation took %.1f s (%d:%02d)%n", generation.toMillis() / 1e3,
                generation.toMinutes(), generation.toSecondsPart());

        CrmSession big = sessions.get(0);
        big.renew(big.accessToken()); // generation may have outlived the 15-minute access token
        List<JsonNode> tags = tagsByUse(api.get("/api/tags", big.accessToken()).json());
        List<String> tagIds = tags.stream().map(t -> t.get("id").asString()).toList();
        var scenarios = new CrmScenarios(api, big, tagIds);
        // Every screen warms up once before any is measured. They share most of the server's code
        // (filters, JSON, JDBC), and without this the first one measured pays for compiling it: 1.5
        // to 3 times the server CPU per request of the same screen measured later in the run.
        if (!options.warmUp().isZero() && options.scenarios().size() > 1) {
            for (String scenario : options.scenarios()) {
                System.out.printf("warming up %s, %d s%n", scenario, options.warmUp().toSeconds());
                run(scenario, scenarios, options.warmUpOnly(), foyer);
            }
        }
        for (String scenario : options.scenarios()) {
            Optional<Duration> settled = settle(scenario, scenarios, options, foyer);
            run(scenario, scenarios, options, foyer).print(System.out);
            settled.ifPresent(before -> foyer.compileTime().ifPresent(after -> System.out.printf(
                    "  JIT compiling during this scenario's warm-up and measured time: %.2f s%n",
                    after.minus(before).toNanos() / 1e9)));
        }

        System.out.printf("%nPlans for user %s (the big user)%n", big.userId());
        new CrmPlans(foyer.databaseUrl(), APP_ROLE, System.out)
                .print(big.userId(), "son", UUID.fromString(tagIds.get(0)), "Harbour");
        System.out.println();
        ServerLogSummary.of(foyer.logLines()).print(System.out);
    }

    /**
     * Runs the screen unmeasured, in slices, until the server's JIT compilers are all but done with
     * it: less than {@link #JIT_QUIET} of compiling in a slice, or {@link #SETTLE_LIMIT} in all.
     * Two cores leave no spare one for the compiler threads: a screen measured while they still
     * worked took up to three times the server CPU per request it took once they were done, and
     * with a fixed warm-up of 15 s they were still at work a minute or two into a run. The compile
     * time when settled, for the scenario's own reading; empty where it cannot be read.
     */
    private static Optional<Duration> settle(String scenario, CrmScenarios scenarios, BenchOptions options,
                                             FoyerServer foyer) throws InterruptedException {
        Optional<Duration> compiled = foyer.compileTime();
        if (compiled.isEmpty() || options.warmUp().isZero()) {
            return compiled;
        }
        long start = System.nanoTime();
        Duration warmed = Duration.ZERO;
        while (warmed.compareTo(SETTLE_LIMIT) < 0) {
            run(scenario, scenarios, options.warmUpOnly(SETTLE_SLICE), foyer);
            warmed = warmed.plus(SETTLE_SLICE);
            Optional<Duration> now = foyer.compileTime();
            if (now.isEmpty()) {
                return now;
            }
            boolean quiet = now.get().minus(compiled.get()).compareTo(JIT_QUIET) < 0;
            compiled = now;
            if (quiet) {
                break;
            }
        }
        System.out.printf("%s: the JIT settled after %.0f s more warm-up%n", scenario, (System.nanoTime() - start) / 1e9);
        return compiled;
    }

    private static RunResult run(String scenario, CrmScenarios scenarios, BenchOptions options, FoyerServer foyer)
            throws InterruptedException {
        List<LoadRun.Client> clients = IntStream.range(0, options.clients())
                .mapToObj(i -> scenarios.client(scenario)).toList();
        return LoadRun.run(scenario, List.of(CrmScenarios.STEPS.get(scenario)), clients, options,
                () -> CpuTimes.of(foyer));
    }

    /** The user's tags, the most used first. */
    private static List<JsonNode> tagsByUse(JsonNode body) {
        var tags = new ArrayList<JsonNode>();
        (body.isArray() ? body : body.get("items")).forEach(tags::add);
        tags.sort(Comparator.comparingLong((JsonNode t) -> t.get("contacts").asLong()).reversed());
        if (tags.isEmpty()) {
            throw new IllegalStateException("The big user has no tags");
        }
        return tags;
    }
}
