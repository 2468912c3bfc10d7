package dev.foyer.api;

import java.time.Duration;
import java.util.List;

/**
 * A request Foyer answers with a problem document instead of a result. The message is the
 * problem's {@code detail}: written for the client, never holding a secret.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    private ApiException(ProblemType type, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** One bad field: {@code 400} with the field named in {@code errors}. */
    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiException(ProblemType.VALIDATION, detail, errors, null);
    }

    /** Not found, and also not yours: existence never leaks. */
    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " not found");
    }

    /** A clash with what exists, naming the field that clashes. */
    public static ApiException conflict(String field, String message) {
        return new ApiException(ProblemType.CONFLICT, message, List.of(new FieldError(field, message)), null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ProblemType.CONFLICT, message);
    }

    /** A file of a type the endpoint does not take: {@code 415}, naming the field that carried it. */
    public static ApiException unsupportedType(String field, String message) {
        return new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, field + " " + message,
                List.of(new FieldError(field, message)), null);
    }

    /** A file over the endpoint's size limit: {@code 413}, naming the field that carried it. */
    public static ApiException tooLarge(String field, String message) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, field + " " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
    }

    public static ApiException busy(String detail, Duration retryAfter) {
        return new ApiException(ProblemType.BUSY, detail, List.of(), retryAfter);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** A field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
