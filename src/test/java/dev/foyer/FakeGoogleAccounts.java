package dev.foyer;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/** Google's JWKS on the shared fake server, and ID tokens really signed with its key. */
public class FakeGoogleAccounts {

    public static final String CLIENT_ID = "foyer-test.apps.googleusercontent.com";
    static final String JWKS_PATH = "/google/oauth2/v3/certs";
    private static final RSAKey KEY = generate("fake-google-1");
    private static final RSAKey IMPOSTOR = generate("fake-google-1");

    FakeGoogleAccounts(HttpServer server) {
        String jwks = new JWKSet(List.of(KEY)).toPublicJWKSet().toString();
        server.createContext(JWKS_PATH, exchange -> FakeProviders.respond(exchange, 200, jwks));
    }

    /** A valid ID token for this Google account, issued now, for Foyer's client id. */
    public String idToken(String subject, String email, String name, Instant now) {
        return sign(KEY, claims(subject, email, name, now).build());
    }

    /** Signed with a key Google never published, under the published key's id. */
    public String forgedIdToken(String subject, Instant now) {
        return sign(IMPOSTOR, claims(subject, null, null, now).build());
    }

    public String idTokenForAnotherAudience(String subject, Instant now) {
        return sign(KEY, claims(subject, null, null, now).audience("someone-else.apps.googleusercontent.com").build());
    }

    public String expiredIdToken(String subject, Instant now) {
        return sign(KEY, claims(subject, null, null, now.minus(Duration.ofHours(3))).build());
    }

    private static JWTClaimsSet.Builder claims(String subject, String email, String name, Instant issued) {
        var claims = new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .subject(subject)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofHours(1))))
                .claim("name", name)
                .claim("picture", "https://lh3.googleusercontent.com/a/" + subject);
        if (email != null) {
            claims.claim("email", email).claim("email_verified", true);
        }
        return claims;
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
