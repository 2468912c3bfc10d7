package dev.foyer.contacts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.foyer.SignedInClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV files to and from the server over real HTTP: a multipart upload, as a browser form sends it,
 * and a download read as the bytes arrive. {@link dev.foyer.ApiClient} speaks JSON only.
 */
final class ContactFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String accessToken;

    ContactFiles(int port, SignedInClient user) {
        this.baseUrl = "http://localhost:" + port;
        this.accessToken = user.accessToken();
    }

    record Upload(int status, JsonNode json) {

        int count(String field) {
            return json.path(field).asInt();
        }
    }

    record Download(int status, String contentType, String disposition, String body) {
    }

    Upload importCsv(String csv) {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8), null);
    }

    Upload importCsv(String csv, String duplicates) {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8), duplicates);
    }

    Upload importCsv(byte[] file, String duplicates) {
        String boundary = "----foyer" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (duplicates != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"duplicates\"\r\n\r\n"
                    + duplicates + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/contacts/import"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        var response = send(request, HttpResponse.BodyHandlers.ofString());
        return new Upload(response.statusCode(), response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    Download export(String query) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/contacts/export" + query))
                .header("Authorization", "Bearer " + accessToken).GET();
        var response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Content-Disposition").orElse(null), response.body());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
