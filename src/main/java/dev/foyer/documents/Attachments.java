package dev.foyer.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The headers of a stored file sent as a download, never rendered in place: an attachment under its
 * cleaned name, the type Foyer detected (never one the browser guesses), and a policy that runs
 * nothing if it were opened anyway.
 */
public final class Attachments {

    private Attachments() {
    }

    public static HttpHeaders headers(String fileName, String mediaType, long size) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(mediaType));
        headers.setContentLength(size);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        return headers;
    }
}
