package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.identity.token.ServerSignedTokens;
import dev.foyer.identity.token.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3: only the server's own ES256 access tokens, of type at+jwt, for its issuer and audience and
 * within their lifetime, reach /api/me. Each forgery copies the claims of a real, live token.
 */
@FoyerIntegrationTest
class AccessTokenAttackTest {

    static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    SigningKeys keys;

    ApiClient api;
    SignIn.Session session;
    SignedJWT real;

    @BeforeEach
    void signIn() throws Exception {
        api = new ApiClient(port);
        session = new SignIn(api, clock).newUser();
        real = SignedJWT.parse(session.accessToken());
    }

    @Test
    void aTokenSignedWithTheServerKeyAndTheRealClaimsIsAccepted() {
        assertThat(me(ServerSignedTokens.sign(keys, ACCESS_TOKEN, claims().build())).status()).isEqualTo(200);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        var header = new com.nimbusds.jose.PlainHeader.Builder().type(ACCESS_TOKEN).build();

        assertProblem(me(new PlainJWT(header, claims().build()).serialize()), 401, "unauthorized");
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheSameKidIs401() throws Exception {
        var impostor = new ECKeyGenerator(Curve.P_256).keyID(real.getHeader().getKeyID()).generate();
        var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(ACCESS_TOKEN)
                .keyID(impostor.getKeyID()).build(), claims().build());
        forged.sign(new ECDSASigner(impostor));

        assertProblem(me(forged.serialize()), 401, "unauthorized");
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIs401() throws Exception {
        var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(ACCESS_TOKEN)
                .keyID(real.getHeader().getKeyID()).build(), claims().build());
        forged.sign(new MACSigner(ServerSignedTokens.publicKeys(keys)));

        assertProblem(me(forged.serialize()), 401, "unauthorized");
    }

    @Test
    void anExpiredTokenIs401() {
        assertThat(me(session.accessToken()).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(16));

        assertProblem(me(session.accessToken()), 401, "unauthorized");
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String token = ServerSignedTokens.sign(keys, ACCESS_TOKEN, claims().audience("someone-else").build());

        assertProblem(me(token), 401, "unauthorized");
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        String token = ServerSignedTokens.sign(keys, ACCESS_TOKEN, claims().issuer("https://evil.example").build());

        assertProblem(me(token), 401, "unauthorized");
    }

    @Test
    void aServerSignedTokenOfAnotherTypeIs401() {
        assertProblem(me(ServerSignedTokens.sign(keys, JOSEObjectType.JWT, claims().build())), 401, "unauthorized");
    }

    @Test
    void aRefreshTokenSentAsBearerIs401() {
        assertProblem(me(session.refreshToken()), 401, "unauthorized");
    }

    @Test
    void noTokenOrGarbageIs401() {
        assertProblem(me(null), 401, "unauthorized");
        assertProblem(me("garbage"), 401, "unauthorized");
    }

    /** The claims of the real token, still valid now. */
    private JWTClaimsSet.Builder claims() {
        try {
            var claims = real.getJWTClaimsSet();
            return new JWTClaimsSet.Builder(claims).issueTime(Date.from(clock.instant()))
                    .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(10))));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiClient.Response me(String token) {
        return api.get("/api/me", token);
    }
}
