package dev.foyer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * One iteration: the client uploads a 10 MB PDF as a browser would (multipart, title and file), then
 * deletes it. The file's bytes are built once and shared; each request streams them from memory.
 */
final class DocumentScenarios {

    static final List<String> ALL = List.of("upload");
    static final String UPLOAD = "POST documents";
    static final String DELETE = "DELETE document";
    static final List<String> STEPS = List.of(UPLOAD, DELETE);
    static final int FILE_MB = 10;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);
    private static final byte[] PDF = pdf(FILE_MB * 1024 * 1024);

    private final HttpClient http;
    private final String baseUrl;
    private final CrmSession client;
    private final UUID onboardingId;

    DocumentScenarios(HttpClient http, String baseUrl, CrmSession client, UUID onboardingId) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.client = client;
        this.onboardingId = onboardingId;
    }

    LoadRun.Client client() {
        return tally -> {
            String token = client.accessToken();
            long start = System.nanoTime();
            HttpResponse<String> uploaded = send(upload(token));
            if (uploaded == null || uploaded.statusCode() != 201) {
                fail(tally, UPLOAD, uploaded, token);
                return;
            }
            tally.ok(UPLOAD, System.nanoTime() - start);
            String id = JSON.readTree(uploaded.body()).get("id").asString();
            start = System.nanoTime();
            HttpResponse<String> deleted = send(HttpRequest.newBuilder(documents("/" + id)).timeout(REQUEST_LIMIT)
                    .header("Authorization", "Bearer " + token).DELETE().build());
            if (deleted == null || deleted.statusCode() != 204) {
                fail(tally, DELETE, deleted, token);
                return;
            }
            tally.ok(DELETE, System.nanoTime() - start);
        };
    }

    private HttpRequest upload(String token) {
        String boundary = "----foyer-bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nPay stub\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"paystub.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return HttpRequest.newBuilder(documents("")).timeout(REQUEST_LIMIT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, PDF, tail)))
                .build();
    }

    private void fail(Tally tally, String step, HttpResponse<String> response, String token) {
        tally.failed(step, response == null ? FoyerApi.NO_ANSWER : response.statusCode());
        if (response != null && response.statusCode() == 401) {
            client.renew(token);
        }
    }

    private URI documents(String rest) {
        return URI.create(baseUrl + "/api/onboardings/" + onboardingId + "/documents" + rest);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static byte[] pdf(int size) {
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) ' ');
        byte[] head = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(end, 0, file, size - end.length, end.length);
        return file;
    }
}
