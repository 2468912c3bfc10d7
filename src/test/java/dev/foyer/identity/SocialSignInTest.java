package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 3: Google and Facebook sign-in make the account once, find it after, and trust nothing unverified. */
@FoyerIntegrationTest
class SocialSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theFirstGoogleSignInCreatesTheUserAndTheSecondFindsIt() {
        String subject = "google-" + UUID.randomUUID();
        String email = subject + "@gmail.example";
        String idToken = FakeProviders.GOOGLE.idToken(subject, email, "Grace Hopper", clock.instant());

        var first = google(idToken);
        var second = google(FakeProviders.GOOGLE.idToken(subject, email, "Grace Hopper", clock.instant()));

        assertThat(first.status()).isEqualTo(200);
        var user = first.json().path("user");
        assertThat(user.path("fullName").asString()).isEqualTo("Grace Hopper");
        assertThat(user.path("email").asString()).isEqualTo(email);
        assertThat(user.path("avatarUrl").asString()).isEqualTo("https://lh3.googleusercontent.com/a/" + subject);
        assertThat(user.path("identities")).singleElement().satisfies(identity -> {
            assertThat(identity.path("provider").asString()).isEqualTo("google");
            assertThat(identity.path("providerId").asString()).isEqualTo(subject);
        });
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("user").path("id")).isEqualTo(user.path("id"));
        assertThat(identitiesOf("google", subject)).isEqualTo(1);
    }

    @Test
    void theFirstFacebookSignInCreatesTheUserAndTheSecondFindsIt() {
        String facebookId = String.valueOf(System.nanoTime());
        String email = "fb" + facebookId + "@example.com";

        var first = facebook(FakeProviders.FACEBOOK.issueToken(facebookId, "Ada Lovelace", email, inAnHour()));
        var second = facebook(FakeProviders.FACEBOOK.issueToken(facebookId, "Ada Lovelace", email, inAnHour()));

        assertThat(first.status()).isEqualTo(200);
        var user = first.json().path("user");
        assertThat(user.path("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(user.path("email").asString()).isEqualTo(email);
        assertThat(user.path("avatarUrl").asString()).isEqualTo("https://graph.example/" + facebookId + "/picture");
        assertThat(user.path("identities").get(0).path("provider").asString()).isEqualTo("facebook");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("user").path("id")).isEqualTo(user.path("id"));
        assertThat(identitiesOf("facebook", facebookId)).isEqualTo(1);
    }

    @Test
    void aForgedWrongAudienceOrExpiredGoogleTokenIs401AndCreatesNothing() {
        String subject = "google-" + UUID.randomUUID();

        assertProblem(google(FakeProviders.GOOGLE.forgedIdToken(subject, clock.instant())), 401, "invalid-credentials");
        assertProblem(google(FakeProviders.GOOGLE.idTokenForAnotherAudience(subject, clock.instant())), 401,
                "invalid-credentials");
        assertProblem(google(FakeProviders.GOOGLE.expiredIdToken(subject, clock.instant())), 401, "invalid-credentials");
        assertProblem(google("not.a.token"), 401, "invalid-credentials");

        assertThat(identitiesOf("google", subject)).isZero();
    }

    @Test
    void aFacebookTokenOfAnotherAppOrExpiredOrUnknownIs401AndCreatesNothing() {
        String facebookId = String.valueOf(System.nanoTime());

        assertProblem(facebook(FakeProviders.FACEBOOK.issueTokenForAnotherApp(facebookId, inAnHour())), 401,
                "invalid-credentials");
        assertProblem(facebook(FakeProviders.FACEBOOK.issueToken(facebookId, "Late", null,
                clock.instant().minus(Duration.ofMinutes(1)))), 401, "invalid-credentials");
        assertProblem(facebook("EAAnever-issued"), 401, "invalid-credentials");

        assertThat(identitiesOf("facebook", facebookId)).isZero();
    }

    @Test
    void theSameEmailFromGoogleDoesNotSignIntoAnAccountMadeWithFacebook() {
        String email = "shared-" + UUID.randomUUID() + "@example.com";
        var byFacebook = facebook(FakeProviders.FACEBOOK.issueToken(String.valueOf(System.nanoTime()), "Sam", email,
                inAnHour()));

        var byGoogle = google(FakeProviders.GOOGLE.idToken("google-" + UUID.randomUUID(), email, "Sam", clock.instant()));

        assertThat(byFacebook.status()).isEqualTo(200);
        assertThat(byGoogle.status()).isEqualTo(200);
        assertThat(byGoogle.json().path("user").path("id")).isNotEqualTo(byFacebook.json().path("user").path("id"));
        assertThat(byGoogle.json().path("user").path("identities")).hasSize(1);
        var facebookAccount = api.get("/api/me", byFacebook.text("accessToken")).json();
        assertThat(facebookAccount.path("email").asString()).isEqualTo(email);
        assertThat(facebookAccount.path("identities")).hasSize(1);
    }

    private java.time.Instant inAnHour() {
        return clock.instant().plus(Duration.ofHours(1));
    }

    private ApiClient.Response google(String idToken) {
        return api.post("/api/auth/google", Map.of("idToken", idToken));
    }

    private ApiClient.Response facebook(String accessToken) {
        return api.post("/api/auth/facebook", Map.of("accessToken", accessToken));
    }

    /** Counted as an admin: row-level security hides identities from everyone else. */
    private long identitiesOf(String provider, String providerId) {
        return users.inTransactionAs(new ActingUser(UUID.randomUUID(), "admin"), () -> jdbc.sql("""
                select count(*) from user_auth_identities
                 where provider = :provider::auth_provider and provider_id = :providerId
                """).param("provider", provider).param("providerId", providerId).query(Long.class).single());
    }
}
