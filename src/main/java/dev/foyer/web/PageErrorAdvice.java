package dev.foyer.web;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
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

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException refusal) {
        HttpStatus status = refusal.type().status();
        var page = new ModelAndView(refusal.type() == ProblemType.NOT_FOUND ? NOT_FOUND_VIEW : ERROR_VIEW, status);
        page.addObject("status", status.value());
        return page;
    }
}
