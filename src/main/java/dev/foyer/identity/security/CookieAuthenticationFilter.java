package dev.foyer.identity.security;

import java.io.IOException;

import dev.foyer.identity.session.RefreshRefusedException;
import dev.foyer.identity.session.SessionService;
import dev.foyer.identity.session.Tokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in browser requests from the session cookies. A missing or dead access token is replaced
 * from the refresh cookie on the way; a cookie that no longer works is dropped and the request
 * goes on anonymous, so a stale cookie never locks anybody out of the public pages. Requests with
 * an {@code Authorization} header are the API's and are left to the bearer token filter.
 */
class CookieAuthenticationFilter extends OncePerRequestFilter {

    private final JwtDecoder decoder;
    private final AccessTokenAuthenticator authenticator;
    private final SessionService sessions;
    private final WebSessionCookies cookies;
    /**
     * Where the sign-in is kept for the request's asynchronous dispatch (a streamed answer such as the
     * CSV export), which this filter does not see again; the bearer token filter keeps its own there too.
     */
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

    CookieAuthenticationFilter(JwtDecoder decoder, AccessTokenAuthenticator authenticator, SessionService sessions,
                               WebSessionCookies cookies) {
        this.decoder = decoder;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.startsWith("/webjars/") || path.startsWith("/api/auth/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var access = WebSessionCookies.read(request, WebSessionCookies.ACCESS);
        boolean signedIn = access.isPresent() && authenticate(access.get(), request, response);
        if (!signedIn && access.isPresent()) {
            cookies.clearAccess(request, response);
        }
        if (!signedIn) {
            cookies.refreshToken(request).ifPresent(refresh -> refresh(refresh, request, response));
        }
        chain.doFilter(request, response);
    }

    private void refresh(String refreshToken, HttpServletRequest request, HttpServletResponse response) {
        try {
            Tokens tokens = sessions.refresh(refreshToken);
            cookies.signIn(request, response, tokens);
            authenticate(tokens.accessToken(), request, response);
        } catch (RefreshRefusedException refused) {
            // A parallel request of the same browser just refreshed and sets the new cookies itself.
            if (!refused.justRotated()) {
                cookies.signOut(request, response);
            }
        }
    }

    private boolean authenticate(String accessToken, HttpServletRequest request, HttpServletResponse response) {
        try {
            var authentication = authenticator.convert(decoder.decode(accessToken));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return true;
        } catch (JwtException | OAuth2AuthenticationException e) {
            return false;
        }
    }
}
