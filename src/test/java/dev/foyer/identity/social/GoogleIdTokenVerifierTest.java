package dev.foyer.identity.social;

import static dev.foyer.identity.social.FakeGoogle.CLIENT_ID;
import static dev.foyer.identity.social.FakeGoogle.EXPIRES;
import static dev.foyer.identity.social.FakeGoogle.ISSUED;
import static dev.foyer.identity.social.FakeGoogle.SKEW;
import static dev.foyer.identity.social.FakeGoogle.SUBJECT;
import static dev.foyer.identity.social.FakeGoogle.claims;
import static dev.foyer.identity.social.FakeGoogle.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The claims of a Google ID token whose signature is good. */
class GoogleIdTokenVerifierTest {

    private final FakeGoogle google = new FakeGoogle();

    @AfterEach
    void stopGoogle() {
        google.close();
    }

    @Test
    void returnsTheIdentityOfAValidToken() {
        var identity = google.verifier().verify(signed(claims()));

        assertThat(identity).isEqualTo(new ExternalIdentity("google", SUBJECT, "ada@example.com", "Ada Lovelace",
                "https://lh3.googleusercontent.com/a/ada"));
    }

    @Test
    void leavesOutAnEmailGoogleHasNotVerified() {
        var identity = google.verifier().verify(signed(claims().claim("email_verified", false)));

        assertThat(identity.subject()).isEqualTo(SUBJECT);
        assertThat(identity.email()).isNull();
    }

    @Test
    void leavesOutAnEmailWithoutVerificationClaim() {
        var identity = google.verifier().verify(signed(claims().claim("email_verified", null)));

        assertThat(identity.email()).isNull();
    }

    @Test
    void acceptsAnAudienceListContainingAConfiguredClientId() {
        var token = signed(claims().audience(List.of("someone-else", CLIENT_ID)));

        assertThat(google.verifier().verify(token).subject()).isEqualTo(SUBJECT);
    }

    @Test
    void rejectsTokenForAnotherAudience() {
        var token = signed(claims().audience("another-app.apps.googleusercontent.com"));

        assertRejected(token, "audience");
    }

    @Test
    void acceptsTheIssuerWithoutScheme() {
        var token = signed(claims().issuer("accounts.google.com"));

        assertThat(google.verifier().verify(token).subject()).isEqualTo(SUBJECT);
    }

    @Test
    void rejectsTokenFromAnotherIssuer() {
        assertRejected(signed(claims().issuer("https://evil.example.com")), "issuer");
    }

    @Test
    void rejectsTokenWithoutSubject() {
        assertRejected(signed(claims().subject(null)), "subject");
    }

    @Test
    void rejectsTokenExpiredBeyondTheClockSkew() {
        var verifier = google.verifierAt(EXPIRES.plus(SKEW).plusSeconds(1));

        assertThatThrownBy(() -> verifier.verify(signed(claims())))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void acceptsTokenExpiredWithinTheClockSkew() {
        var verifier = google.verifierAt(EXPIRES.plus(SKEW).minusSeconds(1));

        assertThat(verifier.verify(signed(claims())).subject()).isEqualTo(SUBJECT);
    }

    @Test
    void rejectsTokenIssuedFurtherInTheFutureThanTheSkew() {
        var verifier = google.verifierAt(ISSUED.minus(SKEW).minusSeconds(1));

        assertThatThrownBy(() -> verifier.verify(signed(claims())))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining("future");
    }

    @Test
    void rejectsTokenWithoutExpiry() {
        assertRejected(signed(claims().expirationTime(null)), "expiry");
    }

    @Test
    void rejectsEveryTokenWhenNoClientIdIsConfigured() {
        var properties = new GoogleSignInProperties(List.of(), google.properties().jwksUri(),
                List.of("https://accounts.google.com"), Duration.ofSeconds(60));
        var verifier = new GoogleIdTokenVerifier(properties, Clock.systemUTC());

        assertThat(verifier.enabled()).isFalse();
        assertThatThrownBy(() -> verifier.verify(signed(claims())))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining("not enabled");
        assertThat(google.jwksFetches()).isZero();
    }

    private void assertRejected(String token, String reason) {
        assertThatThrownBy(() -> google.verifier().verify(token))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(token);
    }
}
