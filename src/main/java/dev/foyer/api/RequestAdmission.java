package dev.foyer.api;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.support.MultipartResolutionDelegate;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Lets {@code foyer.requests.at-once} of Foyer's requests work at once (as many as the cores, at
 * least two, unless set; 0 sets no limit) and has the rest wait their turn, first come first served.
 * Sixteen requests sharing two cores each finish late; taken two at a time, each has a core to
 * itself and finishes soon after it starts, so the slowest answers come sooner (bench/README.md has
 * the figures: four at a time served up to 16 % more a second, with a p99 2–12 ms longer). A request
 * that has waited {@code max-wait} is answered 503 with Retry-After instead of waiting on.
 *
 * <p>The turn is taken before the security filters, so that checking the access token (a statement
 * of its own) is done in it too: checked outside it, the waiting requests' checks ran beside the two
 * at work, and a search cost PostgreSQL more CPU (bench/README.md, the twelfth change). A request
 * with a bad token therefore waits its turn to be refused.
 *
 * <p>Only Foyer's own controllers wait, and not those whose time goes to a client's connection
 * rather than to the cores: uploads (multipart) and handlers that send a body themselves (a
 * returned resource or stream, or one written to the response: documents, the CSV export), nor
 * those whose time goes to another service ({@link OutsideRequestLimit}: sign-in's text message and
 * identity providers). Static files, the health check and the API description never wait. A JSON
 * body or a form is read before the turn is taken ({@link RequestBodyFirst}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class RequestAdmission extends OncePerRequestFilter {

    private final boolean limited;
    private final Semaphore permits;
    private final Duration maxWait;
    private final ProblemResponses problems;
    /** Looked up at the first request: a filter is made before the MVC beans it would otherwise pull in. */
    private final ObjectProvider<HandlerMapping> controllers;

    RequestAdmission(RequestAdmissionProperties properties, ProblemResponses problems,
                     @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
        this.limited = properties.limited();
        this.permits = new Semaphore(properties.atOnce(), true);
        this.maxWait = properties.maxWait();
        this.problems = problems;
        this.controllers = controllers;
    }

    /**
     * One turn a request: a forward, an include, the error page or an asynchronous answer's second
     * dispatch goes on in the turn the request took, or had no need of.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limited || request.getDispatcherType() != DispatcherType.REQUEST || !waits(request, handler(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The timed tryAcquire keeps the semaphore's arrival order; the untimed one would not.
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a turn", stopping);
        }
        if (!admitted) {
            // Answered before the security filters, so without the headers they would add.
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response, ProblemType.BUSY, "Foyer is busy; try again in a moment");
            } else {
                response.sendError(ProblemType.BUSY.status().value());
            }
            return;
        }
        // An asynchronous answer goes on in another thread, off the cores this one was counted for:
        // the turn ends when this thread is done with the request, either way.
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /**
     * The controller method that will answer, found as the dispatcher finds it; none when the
     * request matches no controller or matches one only in part (a wrong method or media type),
     * which the dispatcher then answers without a turn.
     */
    private Object handler(HttpServletRequest request) {
        HandlerMapping mapping = controllers.getObject();
        var lookup = new Lookup(request);
        try {
            ServletRequestPathUtils.parseAndCache(lookup);
            HandlerExecutionChain found = mapping.getHandler(lookup);
            return found == null ? null : found.getHandler();
        } catch (Exception unmatched) {
            return null;
        }
    }

    private static boolean waits(HttpServletRequest request, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith("dev.foyer.")
                || method.hasMethodAnnotation(OutsideRequestLimit.class)
                || method.getBeanType().isAnnotationPresent(OutsideRequestLimit.class)) {
            return false;
        }
        return !MultipartResolutionDelegate.isMultipartRequest(request)
                && !streams(ResolvableType.forMethodReturnType(method.getMethod())) && !writesItself(method);
    }

    private static boolean writesItself(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).map(MethodParameter::getParameterType)
                .anyMatch(type -> HttpServletResponse.class.isAssignableFrom(type) || OutputStream.class.isAssignableFrom(type));
    }

    private static boolean streams(ResolvableType returned) {
        ResolvableType body = HttpEntity.class.isAssignableFrom(returned.toClass()) ? returned.getGeneric(0) : returned;
        Class<?> type = body.toClass();
        return Resource.class.isAssignableFrom(type) || StreamingResponseBody.class.isAssignableFrom(type)
                || ResponseBodyEmitter.class.isAssignableFrom(type);
    }

    /**
     * The request as the lookup sees it: what the lookup notes on it (the matched pattern, the path
     * variables) stays here, for the dispatcher finds the handler again and notes its own. Only the
     * request's observation is reached through it, given the matched pattern the dispatcher gives
     * it again.
     */
    private static final class Lookup extends HttpServletRequestWrapper {

        private final Map<String, Object> noted = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        Lookup(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (noted.containsKey(name)) {
                return noted.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            noted.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            noted.remove(name);
            removed.add(name);
        }
    }
}
