package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web UI's session cookies need CSRF protection; bearer tokens and calls with no credentials at
 * all do not, and the latter are told to sign in (401), not refused as forgeries (403).
 */
@FoyerIntegrationTest
class CsrfTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    SignIn signIn;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        signIn = new SignIn(api, clock);
    }

    @Test
    void anUnsafeApiCallWithoutCredentialsIs401() {
        assertProblem(api.post("/api/auth/logout", "", null), 401, "unauthorized");
        assertProblem(api.post("/api/sessions/end-others", "", null), 401, "unauthorized");
        assertProblem(api.delete("/api/sessions/" + UUID.randomUUID(), null), 401, "unauthorized");
    }

    @Test
    void aCookieSignedInApiCallWithoutTheCsrfTokenIsRefused() {
        String subject = "google-" + UUID.randomUUID();
        var other = signIn.google(subject, null);
        var browser = signIn.google(subject, null);

        var forged = api.postWithHeaders("/api/sessions/end-others", "",
                Map.of("Cookie", "foyer_access=" + browser.accessToken()));

        assertProblem(forged, 403, "forbidden");
        assertThat(api.get("/api/me", other.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void aCookieSignedInApiCallWithTheCsrfTokenPasses() {
        String subject = "google-" + UUID.randomUUID();
        var other = signIn.google(subject, null);
        var browser = signIn.google(subject, null);
        String csrf = UUID.randomUUID().toString();

        var ended = api.postWithHeaders("/api/sessions/end-others", "", Map.of(
                "Cookie", "foyer_access=" + browser.accessToken() + "; XSRF-TOKEN=" + csrf, "X-XSRF-TOKEN", csrf));

        assertThat(ended.status()).as(ended.raw().body()).isEqualTo(200);
        assertProblem(api.get("/api/me", other.accessToken()), 401, "unauthorized");
    }

    @Test
    void aPageSetsTheTokenCookieButABearerCallGetsNoCookie() {
        var user = signIn.google("google-" + UUID.randomUUID(), null);

        var page = api.get("/sign-in", null);
        var call = api.get("/api/me", user.accessToken());

        assertThat(page.raw().headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.raw().headers().allValues("Set-Cookie")).isEmpty();
    }
}
