package dev.foyer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One user's contacts exported as CSV, {@code GET /api/contacts/export}, on a real Foyer: a million
 * contacts by default, loaded with SQL as {@link CrmData} loads the big user's (tags and tag
 * assignments included). Each export is read to its end as a browser saving the file would, and
 * its rows, bytes and time are printed; the server's GC log, printed at the end, says how much of
 * its heap the exports needed. Run it with a small {@code --heap} to see that they need little.
 */
public final class ExportBench {

    static final String USAGE = """
            ExportBench: GET /api/contacts/export of one user's contacts, a million by default.
              --scale F        the share of a million contacts the user has (default 1)
              --iterations N   exports of each scenario, one after the other (default 3)
              --scenarios LIST comma-separated, from export,export-tag (default both): every contact,
                               or the contacts with the user's most used tag
              --jar PATH       the server jar (default target/foyer-0.1.0-SNAPSHOT.jar, or ../target/...)
              --heap SIZE      the server's heap, -Xms and -Xmx (default 512m)
              --data-dir DIR   the server's data directory, kept for the next run (which skips loading)
              --jfr FILE       the server records a flight recording there (costs a few percent)
            """;

    static final BenchOptions.Program PROGRAM = new BenchOptions.Program(USAGE, List.of("export", "export-tag"));

    private static final int DEFAULT_EXPORTS = 3;
    private static final Duration EXPORT_LIMIT = Duration.ofMinutes(30);

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchHarness.main(args, USAGE, arguments -> BenchOptions.parse(arguments, PROGRAM),
                options -> BenchHarness.machine("ExportBench") + String.format("; scale %s, heap %s",
                        options.scale(), options.heapSettings()),
                ExportBench::run);
    }

    private static void run(BenchOptions options, FakeTwilio twilio, FoyerServer foyer) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        foyer.awaitHealthy(http);
        var api = new FoyerApi(http, foyer.baseUrl());
        var user = CrmSession.signIn(api, twilio, "+61412960001", "2001:db8:e::1");
        var data = CrmData.contactsOnly(foyer.databaseUrl(), (int) Math.round(1_000_000 * options.scale()), System.out);
        Duration loading = data.generate(List.of(user.userId()));
        System.out.printf("Loading took %.1f s; the user has %,d contacts%n", loading.toMillis() / 1e3,
                data.contactsPerUser());
        user.renew(user.accessToken()); // loading may have outlived the 15-minute access token

        UUID mostUsedTag = mostUsedTag(foyer.databaseUrl(), user.userId());
        int exports = options.iterations() == 0 ? DEFAULT_EXPORTS : options.iterations();
        for (String scenario : options.scenarios()) {
            String path = scenario.equals("export") ? "/api/contacts/export" : "/api/contacts/export?tag=" + mostUsedTag;
            List<Export> done = new ArrayList<>();
            for (int i = 1; i <= exports; i++) {
                CpuTimes before = CpuTimes.of(foyer);
                Export export = export(http, foyer.baseUrl() + path, user.accessToken());
                CpuTimes used = CpuTimes.of(foyer).minus(before);
                done.add(export);
                System.out.printf("%s %d/%d: HTTP %d, %,d rows, %.1f MB, first byte after %.0f ms, all in %.1f s "
                                + "(%,.0f rows/s); CPU: server JVM %.1f s, PostgreSQL %.1f s, bench %.1f s%n",
                        scenario, i, exports, export.status(), export.rows(), export.bytes() / 1e6,
                        export.firstByte().toNanos() / 1e6, export.total().toMillis() / 1e3,
                        export.rows() / (export.total().toNanos() / 1e9),
                        used.server().toMillis() / 1e3, used.database().toMillis() / 1e3, used.bench().toMillis() / 1e3);
            }
            List<Duration> totals = done.stream().map(Export::total).sorted().toList();
            System.out.printf("%s: median %.1f s, min %.1f s, max %.1f s over %d exports%n", scenario,
                    totals.get(totals.size() / 2).toMillis() / 1e3, totals.get(0).toMillis() / 1e3,
                    totals.get(totals.size() - 1).toMillis() / 1e3, totals.size());
        }
        System.out.println();
        ServerLogSummary.of(foyer.logLines()).print(System.out);
    }

    /** @param rows the file's lines less its header (the generated contacts have no line breaks in them) */
    private record Export(int status, long rows, long bytes, Duration firstByte, Duration total) {
    }

    private static Export export(HttpClient http, String url, String accessToken) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(EXPORT_LIMIT)
                .header("Authorization", "Bearer " + accessToken).GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        long firstByte = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int read; (read = body.read(buffer)) >= 0; ) {
                if (firstByte < 0 && read > 0) {
                    firstByte = System.nanoTime() - start;
                }
                bytes += read;
                for (int i = 0; i < read; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        long total = System.nanoTime() - start;
        return new Export(response.statusCode(), Math.max(0, lines - 1), bytes,
                Duration.ofNanos(Math.max(firstByte, 0)), Duration.ofNanos(total));
    }

    private static UUID mostUsedTag(String databaseUrl, UUID user) throws SQLException {
        try (var c = DriverManager.getConnection(databaseUrl, "postgres", "");
             var ps = c.prepareStatement("""
                     select tag_id from contacts_to_tags where user_id = ?
                      group by tag_id order by count(*) desc limit 1
                     """)) {
            ps.setObject(1, user);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The user's contacts have no tags");
                }
                return rs.getObject(1, UUID.class);
            }
        }
    }
}
