package dev.foyer.identity.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import dev.foyer.identity.session.SessionProperties;
import dev.foyer.identity.session.Tokens;
import dev.foyer.identity.token.AccessTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The web UI keeps the same tokens as the API, in HttpOnly cookies that scripts cannot read: the
 * access token lives as long as it works, the refresh token as long as the session.
 */
@Component
public class WebSessionCookies {

    static final String ACCESS = "foyer_access";
    static final String REFRESH = "foyer_refresh";

    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    WebSessionCookies(AccessTokens accessTokens, SessionProperties sessions) {
        this.accessLifetime = accessTokens.lifetime();
        this.refreshLifetime = sessions.refreshTokenTtl();
    }

    public void signIn(HttpServletRequest request, HttpServletResponse response, Tokens tokens) {
        add(response, cookie(request, ACCESS, tokens.accessToken(), accessLifetime));
        add(response, cookie(request, REFRESH, tokens.refreshToken(), refreshLifetime));
    }

    /** Replaces the access token only, after a change that made the old one stop working. */
    public void replaceAccessToken(HttpServletRequest request, HttpServletResponse response, String accessToken) {
        add(response, cookie(request, ACCESS, accessToken, accessLifetime));
    }

    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        add(response, cookie(request, ACCESS, "", Duration.ZERO));
        add(response, cookie(request, REFRESH, "", Duration.ZERO));
    }

    void clearAccess(HttpServletRequest request, HttpServletResponse response) {
        add(response, cookie(request, ACCESS, "", Duration.ZERO));
    }

    public Optional<String> refreshToken(HttpServletRequest request) {
        return read(request, REFRESH);
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> name.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank())
                .map(Cookie::getValue)
                .findFirst();
    }

    private static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
    }

    private static void add(HttpServletResponse response, ResponseCookie cookie) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
