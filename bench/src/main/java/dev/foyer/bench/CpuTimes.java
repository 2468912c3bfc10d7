package dev.foyer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used so far by the three parties to a run, which share the machine's cores: the server's
 * JVM, its PostgreSQL, and the bench itself (load generator and fake Twilio); and by the whole
 * machine, so that what other processes took is seen too. The difference of two readings, divided by
 * the requests between them, says where a request's time goes.
 */
record CpuTimes(Duration server, Duration database, Duration bench, Duration machine) {

    /** Linux's clock ticks per second, in which /proc/stat counts: 100 on every common build. */
    private static final long TICKS_PER_SECOND = 100;

    static CpuTimes of(FoyerServer foyer) {
        Duration bench = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        return new CpuTimes(foyer.jvmCpu(), foyer.databaseCpu(), bench, machineBusy());
    }

    CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(server.minus(earlier.server), database.minus(earlier.database),
                bench.minus(earlier.bench), machine.minus(earlier.machine));
    }

    /** What processes other than these three used: the machine's busy time less theirs, or zero if unknown. */
    Duration others() {
        Duration rest = machine.minus(server).minus(database).minus(bench);
        return machine.isZero() || rest.isNegative() ? Duration.ZERO : rest;
    }

    /** All cores' busy time since boot, from the first line of /proc/stat; zero where there is none. */
    private static Duration machineBusy() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int i = 1; i < cpu.length && i <= 7; i++) {
                ticks += (i == 4 || i == 5) ? 0 : Long.parseLong(cpu[i]); // 4 idle, 5 iowait; 8 steal is not counted
            }
            return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
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
