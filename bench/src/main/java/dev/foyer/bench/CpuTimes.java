package dev.foyer.bench;

import java.time.Duration;

/**
 * CPU time used so far by the three parties to a run, which share the machine's cores: the server's
 * JVM, its PostgreSQL, and the bench itself (load generator and fake Twilio). The difference of two
 * readings, divided by the requests between them, says where a request's time goes.
 */
record CpuTimes(Duration server, Duration database, Duration bench) {

    static CpuTimes of(FoyerServer foyer) {
        Duration bench = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        return new CpuTimes(foyer.jvmCpu(), foyer.databaseCpu(), bench);
    }

    CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(server.minus(earlier.server), database.minus(earlier.database), bench.minus(earlier.bench));
    }

    String perRequest(long requests) {
        if (requests == 0) {
            return "no requests";
        }
        return String.format("server JVM %.2f ms, PostgreSQL %.2f ms, bench %.2f ms",
                millis(server) / requests, millis(database) / requests, millis(bench) / requests);
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
