package dev.foyer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server's {@code -Xlog:gc} says about its heap over its whole life (start-up included):
 * enough to tell whether {@code -Xmx} was enough. A full collection or a live set near the limit
 * says it was not.
 *
 * @param pauses       collections that paused the application
 * @param fullPauses   of those, full collections
 * @param remarks      of those, the remarks that end a concurrent marking cycle: one every few seconds
 *                     says the heap is too small for its live set, or was let shrink (--shrinking-heap)
 * @param totalPauseMs time paused, all collections together
 * @param longestMs    the longest pause
 * @param peakBeforeMb most heap in use when a collection began
 * @param peakAfterMb  most heap still in use after a collection: the live set plus what survived
 * @param committedMb  most heap the JVM had reserved from the OS
 */
record GcLog(int pauses, int fullPauses, int remarks, double totalPauseMs, double longestMs,
             long peakBeforeMb, long peakAfterMb, long committedMb) {

    // [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(512M) 4.321ms
    private static final Pattern PAUSE =
            Pattern.compile("GC\\(\\d+\\) Pause (\\w+).*? (\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

    static GcLog read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return new GcLog(0, 0, 0, 0, 0, 0, 0, 0);
        }
        int pauses = 0;
        int full = 0;
        int remarks = 0;
        double total = 0;
        double longest = 0;
        long before = 0;
        long after = 0;
        long committed = 0;
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (!m.find()) {
                continue;
            }
            pauses++;
            full += m.group(1).equals("Full") ? 1 : 0;
            remarks += m.group(1).equals("Remark") ? 1 : 0;
            double ms = Double.parseDouble(m.group(5));
            total += ms;
            longest = Math.max(longest, ms);
            before = Math.max(before, Long.parseLong(m.group(2)));
            after = Math.max(after, Long.parseLong(m.group(3)));
            committed = Math.max(committed, Long.parseLong(m.group(4)));
        }
        return new GcLog(pauses, full, remarks, total, longest, before, after, committed);
    }

    String describe(String heap) {
        return String.format("%s: %d GC pauses (%d full, %d remarks), %.0f ms paused in all, longest %.1f ms; "
                        + "heap in use at most %d MB before a collection, %d MB after; %d MB committed",
                heap, pauses, fullPauses, remarks, totalPauseMs, longestMs, peakBeforeMb, peakAfterMb, committedMb);
    }
}
