package dev.foyer.identity.social;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Google as the tests need it: a JWKS endpoint on a local server publishing real RSA keys, and ID
 * tokens really signed with them.
 */
class FakeGoogle implements AutoCloseable {

    static final String CLIENT_ID = "1234-web.apps.googleusercontent.com";
    static final String SUBJECT = "110169484474386276334";
    static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant EXPIRES = ISSUED.plus(Duration.ofHours(1));
    static final Duration SKEW = Duration.ofSeconds(60);
    static final String JWKS_PATH = "/oauth2/v3/certs";

    // RSA key generation is slow; every test shares these.
    static final RSAKey KEY = generate("google-key-1");
    static final RSAKey IMPOSTOR_KEY_WITH_SAME_KID = generate("google-key-1");
    static final RSAKey ROTATED_KEY = generate("google-key-2");

    final FakeHttpServer server = new FakeHttpServer();

    FakeGoogle() {
        publish(KEY);
    }

    void publish(RSAKey... keys) {
        server.answer(JWKS_PATH, 200, new JWKSet(List.of(keys)).toPublicJWKSet().toString());
    }

    GoogleSignInProperties properties() {
        return new GoogleSignInProperties(List.of("other-client.apps.googleusercontent.com", CLIENT_ID),
                server.baseUrl().resolve(JWKS_PATH), List.of("https://accounts.google.com", "accounts.google.com"), SKEW);
    }

    GoogleIdTokenVerifier verifierAt(Instant now) {
        return new GoogleIdTokenVerifier(properties(), Clock.fixed(now, ZoneOffset.UTC));
    }

    GoogleIdTokenVerifier verifier() {
        return verifierAt(ISSUED.plus(Duration.ofMinutes(5)));
    }

    int jwksFetches() {
        return server.requests(JWKS_PATH).size();
    }

    static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .subject(SUBJECT)
                .issueTime(Date.from(ISSUED))
                .expirationTime(Date.from(EXPIRES))
                .claim("email", "ada@example.com")
                .claim("email_verified", true)
                .claim("name", "Ada Lovelace")
                .claim("picture", "https://lh3.googleusercontent.com/a/ada");
    }

    static String signed(RSAKey key, JWTClaimsSet.Builder claims) {
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        var jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static String signed(JWTClaimsSet.Builder claims) {
        return signed(KEY, claims);
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
