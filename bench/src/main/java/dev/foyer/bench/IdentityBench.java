package dev.foyer.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Sign-in round trip, refresh and session-check latency of a real Foyer server, on loopback only.
 * Starts a fake Twilio and Foyer ({@code java -jar}, fresh embedded PostgreSQL), waits for health,
 * runs each scenario with N concurrent clients (warm-up, then the measured time), prints the figures,
 * and stops everything it started. See bench/README.md.
 */
public final class IdentityBench {

    private IdentityBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchHarness.main(args, BenchOptions.USAGE, BenchOptions::parse,
                options -> BenchHarness.machine("IdentityBench") + String.format(
                        "; %d clients, %d s warm-up + %d s measured per scenario%s%n%s", options.clients(),
                        options.warmUp().toSeconds(), options.measure().toSeconds(),
                        options.iterations() > 0 ? ", at most " + options.iterations() + " iterations per client" : "",
                        options.oneAddress()
                                ? "Code requests: all from 127.0.0.1; per-address throttle raised, every other throttle as shipped"
                                : "Code requests: each from its own user address (X-Forwarded-For via a trusted proxy); throttles as shipped"),
                IdentityBench::run);
    }

    private static void run(BenchOptions options, FakeTwilio twilio, FoyerServer foyer) throws Exception {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long starting = System.nanoTime();
        foyer.awaitHealthy(http);
        System.out.printf("Foyer (pid %d, %s) healthy after %.1f s%n", foyer.pid(),
                options.heapSettings(), (System.nanoTime() - starting) / 1e9);
        var scenarios = new IdentityScenarios(new FoyerApi(http, foyer.baseUrl()), twilio, options.oneAddress());
        List<IdentityScenarios.Device> devices = IntStream.range(0, options.clients())
                .mapToObj(i -> new IdentityScenarios.Device()).toList();
        for (String scenario : options.scenarios()) {
            RunResult result = switch (scenario) {
                case "signin" -> LoadRun.run("sign-in", IdentityScenarios.SIGN_IN_STEPS,
                        clients(devices, scenarios::signIn), options, () -> CpuTimes.of(foyer));
                case "refresh" -> LoadRun.run("refresh", List.of(IdentityScenarios.REFRESH),
                        clients(signedIn(devices, scenarios), scenarios::refresh), options, () -> CpuTimes.of(foyer));
                case "me" -> LoadRun.run("session check", List.of(IdentityScenarios.ME),
                        clients(signedIn(devices, scenarios), scenarios::me), options, () -> CpuTimes.of(foyer));
                default -> throw new IllegalArgumentException(scenario);
            };
            result.print(System.out);
        }
        System.out.printf("%nThe fake Twilio took %d messages%n", twilio.messagesReceived());
        ServerLogSummary.of(foyer.logLines()).print(System.out);
    }

    private static List<LoadRun.Client> clients(List<IdentityScenarios.Device> devices,
                                                Function<IdentityScenarios.Device, LoadRun.Client> client) {
        return devices.stream().map(client).toList();
    }

    /** The devices, each with a session (signed in now, unmeasured, if it has none yet). */
    private static List<IdentityScenarios.Device> signedIn(List<IdentityScenarios.Device> devices,
                                                           IdentityScenarios scenarios) {
        var ready = new ArrayList<IdentityScenarios.Device>();
        for (var device : devices) {
            if (device.refreshToken == null && !scenarios.prepare(device)) {
                throw new IllegalStateException("A client could not sign in to start the scenario");
            }
            ready.add(device);
        }
        return ready;
    }
}
