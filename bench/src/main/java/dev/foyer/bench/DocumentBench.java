package dev.foyer.bench;

import java.net.http.HttpClient;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.HdrHistogram.Histogram;

/**
 * Uploads of 10 MB documents to an onboarding on a real Foyer (filesystem storage, its default),
 * loopback only: starts a fake Twilio and Foyer, signs in a realtor and a client through the API,
 * pairs them and starts the client's onboarding in SQL, then has N clients each upload a 10 MB PDF
 * and delete it again, in a closed loop. Prints requests/s, MB/s and latencies, and stops everything.
 */
public final class DocumentBench {

    static final String USAGE = """
            DocumentBench: 10 MB document uploads (POST /api/onboardings/{id}/documents, multipart), each
            followed by its DELETE, so that the disk does not fill.
              --clients N      concurrent clients (default 4, at most 256)
              --seconds S      measured seconds (default 20, at most 600)
              --warmup S       unmeasured warm-up seconds (default 5)
              --iterations N   most measured uploads per client (default 0: time only)
              --jar PATH       the server jar (default target/foyer-0.1.0-SNAPSHOT.jar, or ../target/...)
              --heap SIZE      the server's heap, -Xms and -Xmx (default 512m)
              --shrinking-heap only -Xmx, the JVM's default, which lets G1 shrink the heap
            """;

    static final BenchOptions.Program PROGRAM = new BenchOptions.Program(USAGE, DocumentScenarios.ALL);

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchHarness.main(args, USAGE, arguments -> BenchOptions.parse(withDefaultClients(arguments), PROGRAM),
                options -> BenchHarness.machine("DocumentBench") + String.format(
                        "; %d clients, %d s warm-up + %d s measured",
                        options.clients(), options.warmUp().toSeconds(), options.measure().toSeconds()),
                DocumentBench::run);
    }

    private static void run(BenchOptions options, FakeTwilio twilio, FoyerServer foyer) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long starting = System.nanoTime();
        foyer.awaitHealthy(http);
        System.out.printf("Foyer (pid %d, %s) healthy after %.1f s%n", foyer.pid(),
                options.heapSettings(), (System.nanoTime() - starting) / 1e9);
        var api = new FoyerApi(http, foyer.baseUrl());
        var realtor = CrmSession.signIn(api, twilio, "+61412800001", "2001:db8:d::1");
        var client = CrmSession.signIn(api, twilio, "+61412800002", "2001:db8:d::2");
        UUID onboardingId = startOnboarding(foyer.databaseUrl(), realtor.userId(), client.userId());
        System.out.printf("Client %s uploads to onboarding %s%n", client.userId(), onboardingId);

        var scenarios = new DocumentScenarios(http, foyer.baseUrl(), client, onboardingId);
        for (String scenario : options.scenarios()) {
            List<LoadRun.Client> clients = IntStream.range(0, options.clients()).mapToObj(i -> scenarios.client()).toList();
            RunResult result = LoadRun.run(scenario, DocumentScenarios.STEPS, clients, options, () -> CpuTimes.of(foyer));
            result.print(System.out);
            Histogram uploads = result.tally().latencies(DocumentScenarios.UPLOAD);
            double seconds = result.elapsed().toNanos() / 1e9;
            System.out.printf("  Upload throughput: %.1f MB/s (%d files of %d MB in %.1f s)%n",
                    uploads.getTotalCount() * (double) DocumentScenarios.FILE_MB / seconds, uploads.getTotalCount(),
                    DocumentScenarios.FILE_MB, seconds);
        }
        System.out.println();
        ServerLogSummary.of(foyer.logLines()).print(System.out);
    }

    /**
     * The pair and the onboarding, as the realtor and the client would write them (each statement
     * bound to its user, so the status guard sees the client accept), through the superuser.
     */
    private static UUID startOnboarding(String databaseUrl, UUID realtorId, UUID clientId) throws Exception {
        try (var db = DriverManager.getConnection(databaseUrl, "postgres", "")) {
            db.setAutoCommit(false);
            try (var bind = db.prepareStatement("select set_config('app.user_id', ?, true)");
                 var pair = db.prepareStatement("insert into realtor_clients (realtor_id, client_id) values (?, ?)");
                 var accept = db.prepareStatement("update realtor_clients set status = 'active' where realtor_id = ? and client_id = ?");
                 var onboarding = db.prepareStatement(
                         "insert into client_onboarding (realtor_id, client_id) values (?, ?) returning id")) {
                bind.setString(1, realtorId.toString());
                bind.execute();
                pair.setObject(1, realtorId);
                pair.setObject(2, clientId);
                pair.executeUpdate();
                db.commit();
                bind.setString(1, clientId.toString());
                bind.execute();
                accept.setObject(1, realtorId);
                accept.setObject(2, clientId);
                accept.executeUpdate();
                onboarding.setObject(1, realtorId);
                onboarding.setObject(2, clientId);
                try (var rs = onboarding.executeQuery()) {
                    rs.next();
                    UUID id = rs.getObject(1, UUID.class);
                    db.commit();
                    return id;
                }
            }
        }
    }

    /** Four clients unless the command line says otherwise: 10 MB each is a lot of bytes in flight. */
    private static String[] withDefaultClients(String[] args) {
        if (List.of(args).contains("--clients")) {
            return args;
        }
        String[] withClients = java.util.Arrays.copyOf(args, args.length + 2);
        withClients[args.length] = "--clients";
        withClients[args.length + 1] = "4";
        return withClients;
    }
}
