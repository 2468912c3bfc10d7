package dev.foyer.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Twilio's Messages API on loopback: Foyer's real Twilio client sends its SMS here, the fake keeps
 * the code of the last one per phone and answers 201 at once, as Twilio does when it queues a
 * message. Its own time is part of every sign-in's, so it does as little as it can.
 */
final class FakeTwilio implements AutoCloseable {

    static final String ACCOUNT_SID = "AC00000000000000000000000000000b3c";
    static final String AUTH_TOKEN = "bench-auth-token";
    static final String FROM_NUMBER = "+61491570110";

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final byte[] QUEUED =
            ("{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\"}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();

    FakeTwilio() throws IOException {
        // The JDK's server leaves Nagle's algorithm on: its answer's headers and body go out as two
        // segments, and the second waits for the client's delayed ACK, 40 ms on Linux. Twilio adds
        // no such stall, and a fake that did would add it to every sign-in.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json", this::message);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The code last texted to the phone (E.164), taken so that it is read once; null if none came. */
    String takeCode(String phone) {
        return codes.remove(phone);
    }

    long messagesReceived() {
        return messages.get();
    }

    private void message(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Matcher code = CODE.matcher(form.getOrDefault("Body", ""));
            if (code.find()) {
                codes.put(form.getOrDefault("To", ""), code.group(1));
            }
            messages.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, QUEUED.length);
            exchange.getResponseBody().write(QUEUED);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public synchronized void close() {
        if (executor.isShutdown()) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
