package dev.foyer.identity.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Twilio's API on 127.0.0.1: records the last request and answers with what the
 * test set, or not at all.
 */
class FakeTwilio implements AutoCloseable {

    record Request(String method, String path, String authorization, String contentType, Map<String, String> form) {
    }

    private final HttpServer server;
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 201;
    private volatile String body = "{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\"}";
    private volatile boolean silent;
    private volatile Request lastRequest;

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(int status, String json) {
        this.status = status;
        this.body = json;
    }

    /** Takes each request and never answers it, until closed. */
    void neverAnswer() {
        this.silent = true;
    }

    Request lastRequest() {
        return lastRequest;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastRequest = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), decode(requestBody));
        if (silent) {
            awaitRelease();
        }
        byte[] response = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> decode(String form) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : form.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            fields.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
