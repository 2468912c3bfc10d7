package dev.foyer.identity.web;

import java.util.function.Function;

import dev.foyer.api.ApiException;
import dev.foyer.identity.security.WebSessionCookies;
import dev.foyer.identity.signin.SignInResult;
import dev.foyer.identity.signin.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with a token that Google's or Facebook's SDK handed to the browser (see the package
 * documentation for who adds the SDK). A refusal goes back to the sign-in page by redirect, so that
 * a reload never posts a token again.
 */
@Controller
@RequestMapping("/sign-in")
class ProviderSignInPages {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInPages.class);

    private final SignInService signIn;
    private final WebSessionCookies cookies;

    ProviderSignInPages(SignInService signIn, WebSessionCookies cookies) {
        this.signIn = signIn;
        this.cookies = cookies;
    }

    @PostMapping("/google")
    String google(@RequestParam(defaultValue = "") String idToken, HttpServletRequest request,
                  HttpServletResponse response) {
        return signIn("google", idToken, token -> signIn.withGoogle(token, device(request)), request, response);
    }

    @PostMapping("/facebook")
    String facebook(@RequestParam(defaultValue = "") String accessToken, HttpServletRequest request,
                    HttpServletResponse response) {
        return signIn("facebook", accessToken, token -> signIn.withFacebook(token, device(request)), request, response);
    }

    /** The message key for a failed provider sign-in, or null when none failed. */
    static String errorMessage(String provider) {
        if ("google".equals(provider) || "facebook".equals(provider)) {
            return "signIn." + provider + ".failed";
        }
        return null;
    }

    private String signIn(String provider, String token, Function<String, SignInResult> verify,
                          HttpServletRequest request, HttpServletResponse response) {
        if (token.isBlank()) {
            return "redirect:/sign-in?error=" + provider;
        }
        try {
            SignInResult result = verify.apply(token);
            cookies.signIn(request, response, result.tokens());
            return SignInLanding.after(result);
        } catch (ApiException e) {
            // Why is the service's to log (never the token); the visitor is offered the other ways in.
            log.debug("{} sign-in from the web refused: {}", provider, e.type());
            return "redirect:/sign-in?error=" + provider;
        }
    }

    private static String device(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.USER_AGENT);
    }
}
