package dev.foyer.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A closed loop: each client is a thread that starts its next iteration as soon as the last one
 * answered, for the warm-up and then the measured time. An iteration counts when it started after the
 * warm-up; one still running at the end finishes and counts. The loop also stops after
 * {@code iterations} counted iterations per client, when that is set.
 */
final class LoadRun {

    /** One simulated client: keeps its own state (phone, tokens) between iterations. */
    interface Client {
        void iterate(Tally tally);
    }

    private static final Duration STRAGGLER_LIMIT = Duration.ofSeconds(90);

    private LoadRun() {
    }

    static RunResult run(String scenario, List<String> steps, List<Client> clients, BenchOptions options,
                         Supplier<CpuTimes> cpu) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + options.warmUp().toNanos();
        long until = measureFrom + options.measure().toNanos();
        List<Tally> tallies = new ArrayList<>();
        long[] finished = new long[clients.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            var tally = new Tally();
            tallies.add(tally);
            int index = i;
            Client client = clients.get(i);
            var thread = new Thread(() -> {
                loop(client, tally, measureFrom, until, options.iterations());
                finished[index] = System.nanoTime();
            }, scenario + "-client-" + i);
            thread.start();
            threads.add(thread);
        }
        sleepUntil(measureFrom);
        CpuTimes before = cpu.get();
        long joinBy = until + STRAGGLER_LIMIT.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
            }
        }
        CpuTimes used = cpu.get().minus(before);
        long last = measureFrom;
        for (long end : finished) {
            last = Math.max(last, end);
        }
        var total = new Tally();
        tallies.forEach(t -> t.addTo(total));
        return new RunResult(scenario, steps, clients.size(), total, Duration.ofNanos(last - measureFrom), used);
    }

    private static void loop(Client client, Tally tally, long measureFrom, long until, int iterations) {
        int counted = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long now = System.nanoTime();
            if (now >= until || (iterations > 0 && counted >= iterations)) {
                return;
            }
            boolean counting = now >= measureFrom;
            tally.counting(counting);
            client.iterate(tally);
            counted += counting ? 1 : 0;
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
