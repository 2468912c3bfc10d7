package dev.foyer.api;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.support.MultipartResolutionDelegate;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Lets {@code foyer.requests.at-once} of Foyer's requests work at once (as many as the cores, at
 * least two, unless set; 0 sets no limit) and has the rest wait their turn, first come first served.
 * Sixteen requests sharing two cores each finish late; taken two at a time, each has a core to
 * itself and finishes soon after it starts, so the slowest answers come sooner (bench/README.md has
 * the figures: four at a time served up to 16 % more a second, with a p99 2–12 ms longer). A request
 * that has waited {@code max-wait} is answered 503 with Retry-After instead of waiting on.
 *
 * <p>Only Foyer's own controllers wait, and not those whose time goes to a client's connection
 * rather than to the cores: uploads (multipart) and handlers that send a body themselves (a
 * returned resource or stream, or one written to the response: documents, the CSV export), nor
 * those whose time goes to another service ({@link OutsideRequestLimit}: sign-in's text message and
 * identity providers). Static files, the health check and the API description never wait. A JSON
 * body is read before the turn is taken ({@link RequestBodyFirst}); a form's fields are read by the
 * filters before it.
 */
@Component
class RequestAdmission implements AsyncHandlerInterceptor {

    private static final String ADMITTED = RequestAdmission.class.getName() + ".admitted";

    private final boolean limited;
    private final Semaphore permits;
    private final Duration maxWait;
    private final ProblemResponses problems;

    RequestAdmission(RequestAdmissionProperties properties, ProblemResponses problems) {
        this.limited = properties.limited();
        this.permits = new Semaphore(properties.atOnce(), true);
        this.maxWait = properties.maxWait();
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException, IOException {
        // One turn a request: a forward, an include, the error page or an asynchronous answer's second
        // dispatch goes on in the turn the request took, or had no need of.
        if (!limited || request.getDispatcherType() != DispatcherType.REQUEST || !waits(request, handler)) {
            return true;
        }
        // The timed tryAcquire keeps the semaphore's arrival order; the untimed one would not.
        if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response, ProblemType.BUSY, "Foyer is busy; try again in a moment");
            } else {
                response.sendError(ProblemType.BUSY.status().value());
            }
            return false;
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        leave(request);
    }

    /** An asynchronous answer goes on in another thread, off the cores this one was counted for. */
    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                               Object handler) {
        leave(request);
    }

    private void leave(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.REQUEST && request.getAttribute(ADMITTED) != null) {
            request.removeAttribute(ADMITTED);
            permits.release();
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
}
