package dev.foyer.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Under {@code foyer.requests.at-once}, reads a JSON body or a form before the request can take its
 * turn ({@link RequestAdmission}), so that a client sending it slowly waits on its own connection
 * instead of holding a turn. Up to {@link #AHEAD} bytes of JSON are read ahead; a larger body's rest
 * is read by the handler as it comes. A form's fields are read whole, as the servlet container
 * parses them for the handler. Both are read before the security filters, so for a request they
 * will refuse as well: 64 KB at most, or a form within the container's limit.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class RequestBodyFirst extends OncePerRequestFilter {

    /** Foyer's JSON bodies are a few kilobytes; a 10,000-character note fits several times over. */
    static final int AHEAD = 64 * 1024;

    private final boolean limited;

    RequestBodyFirst(RequestAdmissionProperties properties) {
        this.limited = properties.limited();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limited || !(json(request.getContentType()) || form(request.getContentType()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (form(request.getContentType())) {
            request.getParameterMap();
            chain.doFilter(request, response);
            return;
        }
        InputStream start;
        try {
            start = new ByteArrayInputStream(request.getInputStream().readNBytes(AHEAD));
        } catch (IOException broken) {
            // A body cut off or badly chunked: the handler meets the failure where it reads the body,
            // as it would have without this filter.
            start = new FailingInputStream(broken);
        }
        chain.doFilter(new ReadAhead(request, start), response);
    }

    private static boolean form(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                0, MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** A body whose reading failed ahead, failing again where the handler reads it. */
    private static final class FailingInputStream extends InputStream {

        private final IOException failure;

        FailingInputStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }

    /** The request with the start of its body in memory and the rest, if any, still to come. */
    private static final class ReadAhead extends HttpServletRequestWrapper {

        private final InputStream body;
        private final ServletInputStream original;

        ReadAhead(HttpServletRequest request, InputStream start) throws IOException {
            super(request);
            this.original = request.getInputStream();
            this.body = new SequenceInputStream(start, original);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return body.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return body.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return body.available() == 0 && original.isFinished();
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a body read ahead is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
