package dev.foyer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Foyer as a child process, as an operator starts it ({@code java -jar}), on its own embedded
 * PostgreSQL in a fresh temporary data directory (or one the run was given, to reuse its data), and
 * with SMS going to the fake Twilio. Closing it stops the server by its pid (SIGTERM, so Foyer stops
 * its PostgreSQL too), then deletes the directory if it was a temporary one.
 */
final class FoyerServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    // Embedded PostgreSQL listening on localhost:54321, data in /...
    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded PostgreSQL listening on localhost:(\\d+)");

    private final Process process;
    private final Path dataDir;
    private final boolean temporary;
    private final int port;
    private boolean stopped;
    private boolean deleted;

    private FoyerServer(Process process, Path dataDir, boolean temporary, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.port = port;
    }

    static FoyerServer start(BenchOptions options, FakeTwilio twilio) throws IOException {
        boolean temporary = options.dataDir() == null;
        Path dataDir = temporary ? Files.createTempDirectory("foyer-bench-") : Files.createDirectories(options.dataDir());
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options.heapFlags());
        command.add("-Xlog:gc:file=" + gcLog(dataDir));
        if (options.jfr() != null) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + options.jfr());
        }
        command.addAll(List.of("-jar", options.jar().toAbsolutePath().toString(),
                "--server.address=127.0.0.1",
                "--foyer.identity.sms.provider=twilio",
                "--foyer.identity.sms.twilio.base-url=" + twilio.baseUrl(),
                "--foyer.identity.sms.twilio.account-sid=" + FakeTwilio.ACCOUNT_SID,
                "--foyer.identity.sms.twilio.auth-token=" + FakeTwilio.AUTH_TOKEN,
                "--foyer.identity.sms.twilio.from-number=" + FakeTwilio.FROM_NUMBER,
                // The bench stands in for a reverse proxy: it says which user address each request is for.
                "--foyer.http.trusted-proxies=127.0.0.1"));
        if (options.oneAddress()) {
            // Every code request then comes from 127.0.0.1: the per-address throttle (30 codes in
            // 5 min) would stop the scenario within a second. Only here is a throttle raised.
            command.add("--foyer.identity.otp.max-per-address=100000000");
        }
        var builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(serverLog(dataDir).toFile());
        builder.environment().put("FOYER_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        // The embedded PostgreSQL, whatever the shell that runs the bench points at.
        builder.environment().remove("DATABASE_URL");
        return new FoyerServer(builder.start(), dataDir, temporary, port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where Foyer's default object storage (the filesystem) keeps objects, by key. */
    Path objectsDir() {
        return dataDir.resolve("objects");
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /actuator/health} answers 200; fails with the log's tail if the server died. */
    void awaitHealthy(HttpClient http) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Foyer exited with " + process.exitValue() + " while starting:\n" + logTail(40));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Foyer was not healthy within " + START_LIMIT.toSeconds() + " s:\n" + logTail(40));
    }

    /**
     * The embedded PostgreSQL's JDBC URL for Foyer's database, from the server's log. Its superuser,
     * {@code postgres}, connects with trust authentication on localhost.
     */
    String databaseUrl() {
        for (String line : logLines()) {
            Matcher m = DATABASE_PORT.matcher(line);
            if (m.find()) {
                return "jdbc:postgresql://localhost:" + m.group(1) + "/foyer";
            }
        }
        throw new IllegalStateException("The server's log does not say where its embedded PostgreSQL listens");
    }

    /** CPU time the server's JVM has used so far, all its threads together. */
    Duration jvmCpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * The time the server's JIT compilers have spent so far, as the JDK's {@code jstat -compiler}
     * reports it; empty where the JDK has no jstat or the reading fails.
     */
    Optional<Duration> compileTime() {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        if (!Files.isExecutable(jstat)) {
            return Optional.empty();
        }
        try {
            Process reading = new ProcessBuilder(jstat.toString(), "-compiler", Long.toString(pid()))
                    .redirectErrorStream(true).start();
            List<String> lines = new String(reading.getInputStream().readAllBytes()).lines().toList();
            if (!reading.waitFor(30, TimeUnit.SECONDS) || reading.exitValue() != 0 || lines.size() < 2) {
                return Optional.empty();
            }
            // Compiled Failed Invalid Time FailedType FailedMethod
            String[] columns = lines.get(lines.size() - 1).trim().split("\\s+");
            return Optional.of(Duration.ofNanos((long) (Double.parseDouble(columns[3]) * 1e9)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** CPU time its PostgreSQL has used so far: the postmaster and the backends alive now. */
    Duration databaseCpu() {
        return postmaster()
                .map(pm -> Stream.concat(Stream.of(pm), pm.descendants())
                        .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reduce(Duration.ZERO, Duration::plus))
                .orElse(Duration.ZERO);
    }

    /** PostgreSQL runs detached from the JVM (pg_ctl starts it), so it is found by its pid file. */
    private Optional<ProcessHandle> postmaster() {
        try {
            List<String> pidFile = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            return pidFile.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pidFile.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    List<String> logLines() {
        try {
            return Files.readAllLines(serverLog(dataDir));
        } catch (IOException e) {
            return List.of();
        }
    }

    String logTail(int lines) {
        List<String> all = logLines();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    GcLog gcLog() {
        return GcLog.read(gcLog(dataDir));
    }

    /**
     * Stops the server by its pid (SIGTERM: a graceful shutdown that stops its PostgreSQL too) and
     * waits for it; kills it if it does not stop in time. Answers its exit code. Safe to call twice.
     */
    synchronized int stop() {
        if (stopped) {
            return process.isAlive() ? -1 : process.exitValue();
        }
        stopped = true;
        Optional<ProcessHandle> postgres = postmaster();
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println("Foyer did not stop within " + STOP_LIMIT.toSeconds() + " s; killing pid " + pid());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // Foyer stops its PostgreSQL on the way out (the postmaster may take a moment more to be
            // gone); if it could not, the postmaster is stopped here.
            if (postgres.isPresent() && !gone(postgres.get(), Duration.ofSeconds(10))) {
                System.err.println("PostgreSQL outlived Foyer; stopping its pid " + postgres.get().pid()
                        + ". Foyer's last lines:\n" + logTail(15));
                postgres.get().destroy();
                gone(postgres.get(), STOP_LIMIT);
            }
        } catch (Exception e) {
            System.err.println("Stopping Foyer: " + e);
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    private static boolean gone(ProcessHandle process, Duration limit) throws InterruptedException {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** Stops the server if it still runs, and deletes its data directory if it was a temporary one. */
    @Override
    public synchronized void close() {
        stop();
        if (temporary && !deleted) {
            deleted = true;
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static Path serverLog(Path dataDir) {
        return dataDir.resolve("server.log");
    }

    private static Path gcLog(Path dataDir) {
        return dataDir.resolve("gc.log");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
