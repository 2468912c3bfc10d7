package dev.foyer.clients.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Someone with a share link and a browser, but no Foyer account: plain HTTP, no credentials. */
final class Landlord {

    static final String USER_AGENT = "Mozilla/5.0 (Landlord test browser)";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    Landlord(int port) {
        this.port = port;
    }

    /** Opens the link the API returned (its host is the one the API was called at). */
    HttpResponse<String> open(String url) {
        return send(URI.create(url), HttpResponse.BodyHandlers.ofString(), "GET");
    }

    HttpResponse<String> openPath(String path) {
        return send(URI.create("http://localhost:" + port + path), HttpResponse.BodyHandlers.ofString(), "GET");
    }

    HttpResponse<String> postPath(String path) {
        return send(URI.create("http://localhost:" + port + path), HttpResponse.BodyHandlers.ofString(), "POST");
    }

    /** As a script would ask, for JSON: Spring Boot's error answer is then JSON too. */
    HttpResponse<String> sendAsScript(String method, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody()).build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String url) {
        return send(URI.create(url), HttpResponse.BodyHandlers.ofByteArray(), "GET");
    }

    private <T> HttpResponse<T> send(URI uri, HttpResponse.BodyHandler<T> body, String method) {
        return send(HttpRequest.newBuilder(uri).header("User-Agent", USER_AGENT).header("Accept", "text/html,*/*")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), body);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
