package dev.foyer.identity.social;

import static dev.foyer.identity.social.FakeGoogle.IMPOSTOR_KEY_WITH_SAME_KID;
import static dev.foyer.identity.social.FakeGoogle.JWKS_PATH;
import static dev.foyer.identity.social.FakeGoogle.KEY;
import static dev.foyer.identity.social.FakeGoogle.ROTATED_KEY;
import static dev.foyer.identity.social.FakeGoogle.SUBJECT;
import static dev.foyer.identity.social.FakeGoogle.claims;
import static dev.foyer.identity.social.FakeGoogle.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Who signed a Google ID token, and how Foyer gets Google's keys. */
@ExtendWith(OutputCaptureExtension.class)
class GoogleIdTokenSignatureTest {

    private final FakeGoogle google = new FakeGoogle();

    @AfterEach
    void stopGoogle() {
        google.close();
    }

    @Test
    void rejectsTokenSignedByAnotherKeyClaimingTheSameKid() {
        assertRejected(signed(IMPOSTOR_KEY_WITH_SAME_KID, claims()), "signature");
    }

    @Test
    void rejectsUnsignedToken() {
        var token = new PlainJWT(claims().build()).serialize();

        assertRejected(token, "Unsecured");
    }

    @Test
    void rejectsHs256TokenKeyedWithThePublicKey() throws JOSEException {
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build();
        var jwt = new SignedJWT(header, claims().build());
        jwt.sign(new MACSigner(KEY.toRSAPublicKey().getEncoded()));

        assertRejected(jwt.serialize(), "Another algorithm expected");
    }

    @Test
    void rejectsTokenSignedByAKeyGoogleDoesNotPublish() {
        assertRejected(signed(ROTATED_KEY, claims()), "no matching key");
    }

    @Test
    void rejectsSomethingThatIsNoJwt() {
        assertRejected("not-a-jwt", "malformed");
    }

    @Test
    void fetchesTheKeysOnceForManyTokens() {
        var verifier = google.verifier();

        verifier.verify(signed(claims()));
        verifier.verify(signed(claims().subject("another-user")));

        assertThat(google.jwksFetches()).isEqualTo(1);
    }

    @Test
    void acceptsTokenSignedByAKeyPublishedAfterTheKeysWereCached() {
        var verifier = google.verifier();
        verifier.verify(signed(claims()));

        google.publish(KEY, ROTATED_KEY);
        var identity = verifier.verify(signed(ROTATED_KEY, claims()));

        assertThat(identity.subject()).isEqualTo(SUBJECT);
        assertThat(google.jwksFetches()).isEqualTo(2);
    }

    @Test
    void reportsKeysThatCannotBeFetchedAsUnavailable() {
        google.server.answer(JWKS_PATH, 503, "{}");
        var token = signed(claims());

        assertThatThrownBy(() -> google.verifier().verify(token))
                .isInstanceOf(ExternalProviderUnavailableException.class)
                .hasMessageNotContaining(token);
    }

    @Test
    void reportsAGoogleThatIsDownAsUnavailable() {
        var verifier = google.verifier();
        google.close();

        assertThatThrownBy(() -> verifier.verify(signed(claims())))
                .isInstanceOf(ExternalProviderUnavailableException.class);
    }

    @Test
    void logsNoPartOfTheTokenEvenAtTraceLevel(CapturedOutput output) {
        var valid = signed(claims());
        var forged = signed(IMPOSTOR_KEY_WITH_SAME_KID, claims());
        try (var logging = new DebugLogging()) {
            var verifier = google.verifier();
            verifier.verify(valid);
            assertThatThrownBy(() -> verifier.verify(forged));
        }

        assertThat(output.getAll()).doesNotContain(signature(valid)).doesNotContain(signature(forged));
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    private void assertRejected(String token, String reason) {
        assertThatThrownBy(() -> google.verifier().verify(token))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(token);
    }
}
