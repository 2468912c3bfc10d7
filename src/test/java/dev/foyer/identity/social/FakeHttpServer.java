package dev.foyer.identity.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port standing in for Google or Facebook: answers each path with
 * what the test set, and remembers every request's path and decoded query parameters.
 */
class FakeHttpServer implements AutoCloseable {

    record Answer(int status, String json) {
    }

    record Request(String path, String rawQuery, Map<String, String> parameters) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String hangingPath;

    FakeHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answer(String path, int status, String json) {
        answers.put(path, new Answer(status, json));
    }

    /** Requests to this path get no answer until the server closes, as from a provider that hangs. */
    void hang(String path) {
        hangingPath = path;
    }

    List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getRawPath();
        var rawQuery = exchange.getRequestURI().getRawQuery();
        requests.add(new Request(path, rawQuery, parameters(rawQuery)));
        if (path.equals(hangingPath)) {
            awaitRelease();
        }
        var answer = answers.getOrDefault(path, new Answer(404, "{\"error\":\"no such path\"}"));
        var body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        var parameters = new LinkedHashMap<String, String>();
        if (rawQuery == null) {
            return parameters;
        }
        for (var pair : rawQuery.split("&")) {
            var nameAndValue = pair.split("=", 2);
            parameters.put(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
