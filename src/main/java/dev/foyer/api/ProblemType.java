package dev.foyer.api;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The kinds of problem Foyer answers with; each {@code type} URI is stable for clients to act on. */
public enum ProblemType {

    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Not signed in"),
    INVALID_CREDENTIALS("invalid-credentials", HttpStatus.UNAUTHORIZED, "Invalid credentials"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    ROLE_REQUIRED("role-required", HttpStatus.FORBIDDEN, "Choose a role first"),
    ACCOUNT_DISABLED("account-disabled", HttpStatus.FORBIDDEN, "Account disabled"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "Too busy"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "A service Foyer relies on is unavailable"),
    GONE("gone", HttpStatus.GONE, "No longer available");

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.type = URI.create("/problems/" + slug);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
