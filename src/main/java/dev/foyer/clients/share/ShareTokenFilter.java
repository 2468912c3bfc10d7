package dev.foyer.clients.share;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the token out of a shared page's address before anything else sees the request. Whoever has
 * the address can open the profile, so it must not reach a log: Spring Security, the dispatcher, the
 * error handling and every request log after this filter see {@code /share/redacted/...}, and only
 * {@link SharedProfilePages} reads the token, from a request attribute. The headers keep the address
 * out of other sites' logs (no {@code Referer}), out of caches and out of search engines.
 */
class ShareTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ShareTokenFilter.class);

    static final String PREFIX = "/share/";
    static final String MASK = "redacted";
    static final String TOKEN_ATTRIBUTE = ShareTokenFilter.class.getName() + ".token";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                    && uri.startsWith(request.getContextPath() + PREFIX));
        }
        return !path(request).startsWith(PREFIX);
    }

    /** The error page's answer (Spring Boot's JSON error has a {@code path}) must not echo the token either. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, masked(request.getContextPath(),
                    uri.substring(request.getContextPath().length() + PREFIX.length())));
            chain.doFilter(request, response);
            return;
        }
        String rest = path(request).substring(PREFIX.length());
        int slash = rest.indexOf('/');
        request.setAttribute(TOKEN_ATTRIBUTE, slash < 0 ? rest : rest.substring(0, slash));
        String masked = masked(request.getContextPath(), rest);
        privacyHeaders(response);
        try {
            chain.doFilter(new Redacted(request, masked), response);
        } catch (IOException | ServletException | RuntimeException e) {
            // Left to the servlet container, a failure would be logged and handled with the real address.
            log.error("{} {} failed", request.getMethod(), masked, e);
            if (!response.isCommitted()) {
                response.reset();
                privacyHeaders(response);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    private static void privacyHeaders(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }

    private static String masked(String contextPath, String afterPrefix) {
        int slash = afterPrefix.indexOf('/');
        return contextPath + PREFIX + MASK + (slash < 0 ? "" : afterPrefix.substring(slash));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static final class Redacted extends HttpServletRequestWrapper {

        private final String uri;

        Redacted(HttpServletRequest request, String uri) {
            super(request);
            this.uri = uri;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(uri);
        }

        @Override
        public String getServletPath() {
            return uri.substring(getContextPath().length());
        }
    }
}
