package dev.foyer.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's warnings and errors during the run, counted by logger and message, so that a run
 * which looked fast because it failed quietly says so. Foyer logs no code or token, so the lines are
 * safe to print.
 */
record ServerLogSummary(Map<String, Integer> problems, boolean outOfMemory) {

    // 2026-11-23T06:16:00.123Z  WARN 4242 --- [foyer] [nio-8080-exec-1] d.f.i.o.OtpService : message
    private static final Pattern PROBLEM = Pattern.compile("\\s(WARN|ERROR)\\s.*?\\]\\s+(\\S+)\\s+:\\s(.*)");
    private static final int MESSAGE_LENGTH = 160;
    private static final int SHOWN = 8;

    static ServerLogSummary of(List<String> lines) {
        Map<String, Integer> problems = new LinkedHashMap<>();
        boolean oom = false;
        for (String line : lines) {
            oom |= line.contains("OutOfMemoryError");
            Matcher m = PROBLEM.matcher(line);
            if (m.find()) {
                String message = m.group(3);
                String key = m.group(1) + " " + m.group(2) + ": "
                        + (message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) + "..." : message);
                problems.merge(key, 1, Integer::sum);
            }
        }
        return new ServerLogSummary(problems, oom);
    }

    void print(PrintStream out) {
        int total = problems.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("Server log: %d warnings and errors%s%n", total, outOfMemory ? ", and an OutOfMemoryError" : "");
        problems.entrySet().stream().limit(SHOWN)
                .forEach(e -> out.printf("  %d x %s%n", e.getValue(), e.getKey()));
        if (problems.size() > SHOWN) {
            out.printf("  ... and %d more kinds%n", problems.size() - SHOWN);
        }
    }
}
