package dev.foyer.web;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service's refusal that reaches a page (a record that is not there, or not the user's) becomes
 * the friendly error page with the refusal's status, rather than a 500. Page controllers live in the
 * {@code web} subpackage of their module; the JSON controllers beside them keep their problem
 * documents from {@code dev.foyer.api}.
 */
@ControllerAdvice(basePackages = {"dev.foyer.accounts.web", "dev.foyer.contacts.web", "dev.foyer.deals.web",
        "dev.foyer.identity.web", "dev.foyer.clients.web", "dev.foyer.clients.documents.web"})
class PageErrorAdvice {

    static final String NOT_FOUND_VIEW = "error/404";
    static final String ERROR_VIEW = "error";

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException refusal) {
        HttpStatus status = refusal.type().status();
        var page = new ModelAndView(refusal.type() == ProblemType.NOT_FOUND ? NOT_FOUND_VIEW : ERROR_VIEW, status);
        page.addObject("status", status.value());
        return page;
    }

    @ExceptionHandler(TransientDataAccessException.class)
    ModelAndView rolledBack(TransientDataAccessException e, HttpServletResponse response) {
        log.warn("A page request was rolled back by the database: {}", e.getMostSpecificCause().getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        var page = new ModelAndView(ERROR_VIEW, HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return page;
    }
}
