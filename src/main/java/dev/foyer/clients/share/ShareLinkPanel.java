package dev.foyer.clients.share;

import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.identity.AccountRole;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The share links panel of a client's page, for the realtor: the links with their status and latest
 * views, a form for a new one (whose address is shown once, to copy) and a revoke button on each live
 * link. The client's page loads it with htmx from {@code /clients/{clientId}/share-links/panel}; the
 * same panel stands alone as a page at {@code /clients/{clientId}/share-links}, where forms land
 * without JavaScript.
 */
@Controller
class ShareLinkPanel {

    static final String PAGE_VIEW = "share/links";
    static final String PANEL_VIEW = "share/panel :: panel";
    static final String PANEL_ID = "share-links";

    private final ShareLinkService links;

    ShareLinkPanel(ShareLinkService links) {
        this.links = links;
    }

    @GetMapping("/clients/{clientId}/share-links/panel")
    ModelAndView panel(@PathVariable UUID clientId) {
        return render(clientId, PANEL_VIEW, null, List.of());
    }

    /** For the client, on their onboarding page: the links about them and who opened them, read only. */
    @GetMapping("/share-links/about-me/panel")
    ModelAndView aboutMe() {
        var page = new ModelAndView("share/about-me :: panel");
        page.addObject("share", links.aboutMe(CurrentUser.require().id()));
        return page;
    }

    @GetMapping("/clients/{clientId}/share-links")
    ModelAndView page(@PathVariable UUID clientId) {
        return render(clientId, PAGE_VIEW, null, List.of());
    }

    @PostMapping("/clients/{clientId}/share-links")
    ModelAndView create(@PathVariable UUID clientId, @RequestParam(required = false) Integer expiresInDays,
                        @RequestParam(required = false) List<String> sections, HttpServletRequest request) {
        String view = view(request);
        try {
            var created = links.create(realtor(), clientId, expiresInDays, sections == null ? List.of() : sections);
            String url = ServletUriComponentsBuilder.fromContextPath(request).path(SharedProfilePages.PATH)
                    .buildAndExpand(created.token()).toUriString();
            return render(clientId, view, url, List.of());
        } catch (ApiException refusal) {
            if (refusal.type() != ProblemType.VALIDATION) {
                throw refusal;
            }
            var page = render(clientId, view, null, refusal.errors().stream().map(ApiException.FieldError::field).toList());
            // htmx swaps in only 2xx answers: the panel with its errors must come back as one.
            if (view.equals(PAGE_VIEW)) {
                page.setStatus(HttpStatus.BAD_REQUEST);
            }
            return page;
        }
    }

    @PostMapping("/clients/{clientId}/share-links/{shareId}/revoke")
    ModelAndView revoke(@PathVariable UUID clientId, @PathVariable UUID shareId, HttpServletRequest request) {
        links.revoke(realtor(), shareId);
        return render(clientId, view(request), null, List.of());
    }

    /** Not the user's client, or not a realtor: the friendly error page, never a stack trace. */
    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException refusal) {
        HttpStatus status = refusal.type().status();
        var page = new ModelAndView(refusal.type() == ProblemType.NOT_FOUND ? "error/404" : "error", status);
        page.addObject("status", status.value());
        return page;
    }

    private ModelAndView render(UUID clientId, String view, String createdUrl, List<String> errorFields) {
        var page = new ModelAndView(view);
        page.addObject("clientId", clientId);
        page.addObject("share", links.forClient(realtor(), clientId));
        page.addObject("createdUrl", createdUrl);
        page.addObject("errorFields", errorFields);
        return page;
    }

    private static UUID realtor() {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        return user.id();
    }

    private static String view(HttpServletRequest request) {
        return Htmx.targets(request, PANEL_ID) ? PANEL_VIEW : PAGE_VIEW;
    }
}
