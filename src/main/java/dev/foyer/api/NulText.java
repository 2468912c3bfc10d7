package dev.foyer.api;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.MultipartResolutionDelegate;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text with a NUL character (U+0000) is refused where it comes in, naming the field: PostgreSQL
 * text cannot hold it, and the database's refusal would reach the user as a conflict (409) or a
 * broken page. JSON bodies are checked as their strings are read; query and form parameters by a
 * filter before any controller. Not multipart uploads: their fields are checked where they are read
 * (a document's title), and a CSV import reports a NUL as a row error of its own. Nor a body read
 * as a JSON tree, whose reader checks its strings.
 */
@Configuration(proxyBeanMethods = false)
public class NulText {

    public static final String PROBLEM = "must not contain a NUL character";

    @Bean
    JacksonModule refuseNulInJsonText() {
        return new SimpleModule("foyer-nul-text").addDeserializer(String.class, new Strings());
    }

    @Bean
    ParameterFilter refuseNulInParameters(ProblemResponses problems) {
        return new ParameterFilter(problems);
    }

    /** Read as Jackson reads any string, then checked. */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new Refused(parser);
            }
            return text;
        }
    }

    /** Told apart from other unreadable input so that the problem document can say what is wrong. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser) {
            super(parser, PROBLEM, String.class);
        }
    }

    /** Uploads are left alone: reading their parameters would read the whole multipart body here. */
    static final class ParameterFilter extends OncePerRequestFilter {

        private final ProblemResponses problems;

        ParameterFilter(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String field = MultipartResolutionDelegate.isMultipartRequest(request) ? null
                    : fieldWithNul(request.getParameterMap());
            if (field == null) {
                chain.doFilter(request, response);
            } else if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response, ApiException.invalid(field, PROBLEM));
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        }

        private static String fieldWithNul(Map<String, String[]> parameters) {
            for (var parameter : parameters.entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0) {
                    return "parameters";
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        return parameter.getKey();
                    }
                }
            }
            return null;
        }
    }
}
