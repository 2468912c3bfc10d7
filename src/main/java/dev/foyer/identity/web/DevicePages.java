package dev.foyer.identity.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.security.WebSessionCookies;
import dev.foyer.identity.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The devices signed in to the account (one per session), ending them one by one or all but this
 * one, and signing out. How many were ended travels in the redirect's query, as Foyer keeps no server
 * session for a flash message.
 */
@Controller
class DevicePages {

    static final String VIEW = "identity/devices";

    private final SessionService sessions;
    private final WebSessionCookies cookies;

    DevicePages(SessionService sessions, WebSessionCookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @GetMapping("/devices")
    String list(@RequestParam(required = false) Integer ended, Locale locale, Model model) {
        var user = CurrentUser.require();
        // This device first, so that "which one am I?" is answered before the list is read.
        model.addAttribute("devices", sessions.list(user.id(), user.sessionId()).stream()
                .map(session -> DeviceRow.of(session, locale))
                .sorted(Comparator.comparing(DeviceRow::current).reversed()).toList());
        model.addAttribute("ended", ended);
        return VIEW;
    }

    /** Ending this very device is signing out. */
    @PostMapping("/devices/{id}/end")
    String end(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        var user = CurrentUser.require();
        endIfLive(user.id(), id);
        if (id.equals(user.sessionId())) {
            cookies.signOut(request, response);
            return "redirect:/";
        }
        return "redirect:/devices?ended=1";
    }

    @PostMapping("/devices/end-others")
    String endOthers() {
        var user = CurrentUser.require();
        return "redirect:/devices?ended=" + sessions.endOthers(user.id(), user.sessionId());
    }

    /** Open to anonymous visitors too, so that a browser with dead cookies can always clear them. */
    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        CurrentUser.find().ifPresent(user -> endIfLive(user.id(), user.sessionId()));
        cookies.signOut(request, response);
        return "redirect:/";
    }

    /** A session that is already gone (ended from another device, or expired) is what was asked for. */
    private void endIfLive(UUID userId, UUID sessionId) {
        try {
            sessions.end(userId, sessionId);
        } catch (ApiException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
        }
    }
}
