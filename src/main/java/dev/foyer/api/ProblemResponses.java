package dev.foyer.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents written outside a controller, by the filters, in the same shape the
 * controllers' advice writes.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(request, response, type, detail, List.of());
    }

    void write(HttpServletRequest request, HttpServletResponse response, ApiException refusal) throws IOException {
        write(request, response, refusal.type(), refusal.getMessage(), refusal.errors());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
                       List<ApiException.FieldError> errors) throws IOException {
        var problem = ApiExceptionHandler.problem(type, detail, request.getRequestURI(), errors);
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
