package dev.foyer.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A too-large upload as a problem document. Multipart requests are parsed before a controller is
 * chosen, so {@link ApiExceptionHandler}, which applies to controllers, never sees this one; an
 * advice without a selector does. Pages keep the servlet container's error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final JsonMapper json;

    UploadLimitAdvice(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<byte[]> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
        long max = e.getMaxUploadSize();
        String detail = max > 0 ? "The upload is larger than the " + (max / (1024 * 1024)) + " MB allowed"
                : "The upload is larger than the server accepts";
        var problem = ApiExceptionHandler.problem(ProblemType.PAYLOAD_TOO_LARGE, detail, request.getRequestURI(), List.of());
        // Sent whole, with its length, and the connection closed: Tomcat stops reading the rest of the
        // upload and drops the connection, which would cut a chunked answer short.
        return ResponseEntity.status(ProblemType.PAYLOAD_TOO_LARGE.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).header(HttpHeaders.CONNECTION, "close")
                .body(json.writeValueAsBytes(problem));
    }
}
