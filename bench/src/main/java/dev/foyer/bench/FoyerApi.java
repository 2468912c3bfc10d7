package dev.foyer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Foyer's API as a mobile app calls it: JSON over HTTP/1.1 with keep-alive, one
 * {@link HttpClient} (and so one connection pool) for all clients. A failed call answers its status,
 * or 0 when no answer came, rather than throwing: the bench counts errors, it does not stop on them.
 */
final class FoyerApi {

    static final int NO_ANSWER = 0;
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String baseUrl;
    private final JsonMapper json = JsonMapper.builder().build();

    FoyerApi(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /**
     * POST /api/auth/otp: 202 once the SMS was handed to the provider. {@code userAddress}, when not
     * null, goes in {@code X-Forwarded-For}, as a reverse proxy in front of Foyer would send it.
     */
    Reply requestCode(String phone, String userAddress) {
        var request = jsonPost("/api/auth/otp", Map.of("phone", phone));
        if (userAddress != null) {
            request.header("X-Forwarded-For", userAddress);
        }
        return send(request.build());
    }

    /** POST /api/auth/otp/verify: 200 with a new session's tokens. */
    Reply verify(String phone, String code) {
        return post("/api/auth/otp/verify", Map.of("phone", phone, "code", code, "deviceName", "identity-bench"));
    }

    /** POST /api/auth/refresh: 200 with a new pair; the refresh token sent is retired. */
    Reply refresh(String refreshToken) {
        return post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    /** GET /api/me with the access token: the session check every API request makes, and one read. */
    Reply me(String accessToken) {
        return get("/api/me", accessToken);
    }

    /** GET of a path and query (already encoded) with the access token. */
    Reply get(String pathAndQuery, String accessToken) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(REQUEST_LIMIT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .GET().build();
        return send(request);
    }

    /** A JSON request with the access token: PUT /api/me/role, POST /api/share-links... */
    Reply send(String method, String path, Map<String, ?> body, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    /** GET of a full URL as a browser without a Foyer session asks for it; the body is read and dropped. */
    int open(String url) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_LIMIT)
                .header("Accept", "text/html").header("User-Agent", "foyer-bench").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }

    private Reply post(String path, Map<String, String> body) {
        return send(jsonPost(path, body).build());
    }

    private HttpRequest.Builder jsonPost(String path, Map<String, String> body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(NO_ANSWER, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(NO_ANSWER, "interrupted");
        }
    }

    /** An answer; {@link #field} reads a top-level string of its JSON body. */
    final class Reply {

        private final int status;
        private final String body;

        Reply(int status, String body) {
            this.status = status;
            this.body = body;
        }

        int status() {
            return status;
        }

        boolean is(int expected) {
            return status == expected;
        }

        String field(String name) {
            JsonNode value = json.readTree(body).get(name);
            return value == null ? null : value.asString();
        }

        /** The string at a path of nested fields, {@code field("user", "id")}; null where there is none. */
        String field(String... path) {
            JsonNode value = json.readTree(body);
            for (String name : path) {
                value = value == null ? null : value.get(name);
            }
            return value == null || value.isNull() ? null : value.asString();
        }

        /** The JSON body. */
        JsonNode json() {
            return json.readTree(body);
        }
    }
}
