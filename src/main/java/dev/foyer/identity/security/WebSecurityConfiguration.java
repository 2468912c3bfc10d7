package dev.foyer.identity.security;

import java.util.function.Supplier;

import dev.foyer.api.ProblemResponses;
import dev.foyer.api.ProblemType;
import dev.foyer.identity.session.SessionService;
import dev.foyer.identity.token.AccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, and how a request says who it is. API clients send the access token as a
 * bearer token; the web UI keeps the same tokens in HttpOnly cookies and so needs CSRF protection,
 * which requests carrying their own {@code Authorization} header do not. Unauthenticated API calls
 * get a 401 problem document; unauthenticated page views go to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    static final String[] PUBLIC_API = {
            "/api/auth/otp", "/api/auth/otp/verify", "/api/auth/google", "/api/auth/facebook", "/api/auth/refresh"};

    /** Pages for signed-in users; any other page is public, and one that does not exist is a plain 404. */
    static final String[] SIGNED_IN_PAGES = {
            "/me/**", "/devices/**", "/role/**", "/admin/**", "/dashboard/**", "/contacts/**", "/tags/**",
            "/deals/**", "/pipeline/**", "/accounts/**", "/clients/**", "/invitations/**", "/onboarding/**",
            "/onboardings/**", "/share-links/**"};

    /**
     * No Micrometer observation of each security filter, authentication and authorization: they
     * were an eighth of the server's CPU on a contact page (a flight recording of bench/'s
     * CrmBench), and the request's own observation (http.server.requests) still times it whole.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder accessTokenDecoder(AccessTokens accessTokens) {
        return accessTokens.decoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JwtDecoder decoder, AccessTokenAuthenticator authenticator,
                                            SessionService sessions, WebSessionCookies cookies,
                                            ProblemResponses problems) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(request, response, ProblemType.UNAUTHORIZED,
                    "Sign in and send the access token as a bearer token");
        };
        // htmx follows a redirect inside its request and would put the sign-in page into the part of the
        // page it swaps; told by HX-Redirect instead, it sends the whole window there.
        AuthenticationEntryPoint pageEntryPoint = (request, response, e) -> {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", "/sign-in");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect("/sign-in");
            }
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            if (api.matches(request)) {
                problems.write(request, response, ProblemType.FORBIDDEN, "Not allowed");
            } else {
                response.sendError(403);
            }
        };
        var csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null);
        var deferredCsrfHandler = new CsrfTokenRequestAttributeHandler();
        // Pages and their scripts read the token from its cookie, so it is written on every page; a
        // request with its own bearer token never uses one, and is spared making it and its cookie.
        CsrfTokenRequestHandler csrfTokens = new CsrfTokenRequestHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                               Supplier<CsrfToken> token) {
                (carriesItsOwnCredentials(request) ? deferredCsrfHandler : csrfHandler).handle(request, response, token);
            }

            @Override
            public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
                return csrfHandler.resolveCsrfTokenValue(request, token);
            }
        };

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers(SIGNED_IN_PAGES).authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticator))
                        .authenticationEntryPoint(apiEntryPoint))
                .addFilterBefore(new CookieAuthenticationFilter(decoder, authenticator, sessions, cookies),
                        BearerTokenAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(pageEntryPoint, request -> true)
                        .accessDeniedHandler(denied))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfTokens)
                        .ignoringRequestMatchers(WebSecurityConfiguration::carriesItsOwnCredentials)
                        .ignoringRequestMatchers(PUBLIC_API)
                        .ignoringRequestMatchers(request -> api.matches(request) && !carriesSessionCookies(request)))
                // Tokens, not server sessions: nothing to remember between requests.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Whether a request could be riding on a browser's session cookies. An API call that carries
     * neither has no borrowed credentials to protect, and gets the 401 it needs rather than a CSRF 403.
     */
    private static boolean carriesSessionCookies(HttpServletRequest request) {
        return WebSessionCookies.read(request, WebSessionCookies.ACCESS).isPresent()
                || WebSessionCookies.read(request, WebSessionCookies.REFRESH).isPresent();
    }

    /** A request that brings its own bearer token is not riding on the browser's cookies. */
    private static boolean carriesItsOwnCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
