package dev.foyer.clients.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.SignedInClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documents endpoints over real HTTP, with multipart uploads built as a browser sends them. */
public final class DocumentApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public DocumentApi(int port) {
        this.port = port;
    }

    public record Upload(int status, JsonNode json) {

        String id() {
            return json.path("id").asString();
        }

        java.util.List<String> errorFields() {
            var fields = new java.util.ArrayList<String>();
            json.path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }
    }

    Upload upload(SignedInClient user, UUID onboardingId, String title, String fileName, String declaredType, byte[] content) {
        String boundary = "----foyer" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (title != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n");
        }
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var request = HttpRequest.newBuilder(uri("/api/onboardings/" + onboardingId + "/documents"))
                .header("Authorization", "Bearer " + user.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        var response = send(request, HttpResponse.BodyHandlers.ofString());
        return new Upload(response.statusCode(), response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    public Upload upload(SignedInClient user, UUID onboardingId, String fileName, byte[] content) {
        return upload(user, onboardingId, "Pay stub", fileName, "application/pdf", content);
    }

    HttpResponse<byte[]> download(SignedInClient user, UUID onboardingId, String documentId) {
        var request = HttpRequest.newBuilder(uri("/api/onboardings/" + onboardingId + "/documents/" + documentId + "/content"))
                .header("Authorization", "Bearer " + user.accessToken()).GET().build();
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static ApiClient.Response list(SignedInClient user, UUID onboardingId) {
        return user.get("/api/onboardings/" + onboardingId + "/documents");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
