package dev.foyer.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The page a landlord opens from a share link, on a real Foyer, loopback only: a realtor and a
 * client signed in through the API, the client's profile and documents loaded with SQL
 * ({@link ShareData}), a link made through {@code POST /api/share-links}, then N clients without a
 * Foyer session opening the page (each opening records a view) or downloading a document.
 */
public final class ShareBench {

    static final String USAGE = """
            ShareBench: the public share page (/share/{token}) and a shared document's download.
              --clients N      concurrent clients (default 16, at most 256)
              --seconds S      measured seconds per scenario (default 20, at most 600)
              --warmup S       unmeasured warm-up seconds per scenario (default 5)
              --iterations N   most measured iterations per client and scenario (default 0: time only)
              --scenarios LIST comma-separated, from share-page,share-document (default both)
              --jar PATH       the server jar (default target/foyer-0.1.0-SNAPSHOT.jar, or ../target/...)
              --heap SIZE      the server's heap, -Xms and -Xmx (default 512m)
              --shrinking-heap only -Xmx, the JVM's default, which lets G1 shrink the heap
              --jfr FILE       the server records a flight recording there (costs a few percent)
            """;

    static final BenchOptions.Program PROGRAM = new BenchOptions.Program(USAGE, List.of("share-page", "share-document"));

    private static final Map<String, String> STEPS = Map.of(
            "share-page", "GET /share/{token}",
            "share-document", "GET …/documents/{id}");

    private ShareBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchHarness.main(args, USAGE, arguments -> BenchOptions.parse(arguments, PROGRAM),
                options -> BenchHarness.machine("ShareBench") + String.format(
                        "; %d clients, %d s warm-up + %d s measured per scenario",
                        options.clients(), options.warmUp().toSeconds(), options.measure().toSeconds()),
                ShareBench::run);
    }

    private static void run(BenchOptions options, FakeTwilio twilio, FoyerServer foyer) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        foyer.awaitHealthy(http);
        var api = new FoyerApi(http, foyer.baseUrl());
        var realtor = CrmSession.signIn(api, twilio, "+61412950001", "2001:db8:5::1");
        String realtorToken = withRole(api, realtor, "realtor");
        var client = CrmSession.signIn(api, twilio, "+61412950002", "2001:db8:5::2");
        withRole(api, client, "client");
        UUID document = ShareData.load(foyer.databaseUrl(), foyer.objectsDir(), realtor.userId(), client.userId());

        var link = api.send("POST", "/api/share-links", Map.of("clientId", client.userId().toString(),
                "sections", List.of("contact", "address", "employment", "household", "notes", "documents")), realtorToken);
        if (!link.is(201)) {
            throw new IllegalStateException("Creating the share link answered HTTP " + link.status());
        }
        // The link names the host Foyer was asked at; the bench asks at 127.0.0.1, so it is already right.
        String page = link.field("url");
        System.out.printf("A profile with %d documents of %d KB, shared without date of birth and income%n",
                ShareData.DOCUMENTS, ShareData.DOCUMENT_BYTES / 1024);

        for (String scenario : options.scenarios()) {
            String url = scenario.equals("share-page") ? page : page + "/documents/" + document;
            String step = STEPS.get(scenario);
            List<LoadRun.Client> clients = IntStream.range(0, options.clients())
                    .<LoadRun.Client>mapToObj(i -> tally -> {
                        long start = System.nanoTime();
                        int status = api.open(url);
                        long took = System.nanoTime() - start;
                        if (status == 200) {
                            tally.ok(step, took);
                        } else {
                            tally.failed(step, status);
                        }
                    }).toList();
            LoadRun.run(scenario, List.of(step), clients, options, () -> CpuTimes.of(foyer)).print(System.out);
        }
        System.out.println();
        ServerLogSummary.of(foyer.logLines()).print(System.out);
    }

    /** Chooses the account type; the answer's access token carries it. */
    private static String withRole(FoyerApi api, CrmSession session, String role) {
        var chosen = api.send("PUT", "/api/me/role", Map.of("role", role), session.accessToken());
        if (!chosen.is(200)) {
            throw new IllegalStateException("Choosing the role " + role + " answered HTTP " + chosen.status());
        }
        return chosen.field("accessToken");
    }
}
