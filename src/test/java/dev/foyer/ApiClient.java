package dev.foyer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running server, as an API client would talk to it: JSON in, JSON out, a
 * bearer token when one is given.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text(String field) {
            JsonNode node = json.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        /** The fields a 400 problem document names. */
        public java.util.List<String> errorFields() {
            var fields = new java.util.ArrayList<String>();
            json.path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response post(String path, Object body, String token) {
        return send(request(path, token).POST(body(body)));
    }

    public Response put(String path, Object body, String token) {
        return send(request(path, token).PUT(body(body)));
    }

    public Response patch(String path, Object body, String token) {
        return send(request(path, token).method("PATCH", body(body)));
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    /** A POST with extra request headers, such as the {@code X-Forwarded-For} a proxy would add. */
    public Response postWithHeaders(String path, Object body, Map<String, String> headers) {
        var request = request(path, null);
        headers.forEach(request::header);
        return send(request.POST(body(body)));
    }

    public static String json(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : parse(response.body());
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode().put("raw", body);
        }
    }
}
