package dev.foyer.identity.social;

import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.stereotype.Component;

/**
 * Verifies the ID token a client got from Google Sign-In: RS256 signature by a key of Google's JWKS,
 * issuer, audience (one of the configured client ids), expiry and issue time against the clock.
 */
@Component
public class GoogleIdTokenVerifier {

    private static final int TIMEOUT_MILLIS = (int) Duration.ofSeconds(5).toMillis();
    private static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;
    // Google rotates keys over days and publishes new ones ahead of use; a token with an unknown kid
    // makes nimbus fetch again at once (rate-limited), so a long cache costs nothing on rotation.
    private static final Duration JWKS_CACHE_TIME = Duration.ofHours(1);
    private static final Duration JWKS_REFRESH_TIMEOUT = Duration.ofSeconds(15);

    private final GoogleSignInProperties properties;
    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public GoogleIdTokenVerifier(GoogleSignInProperties properties, Clock clock) {
        this.properties = properties;
        this.processor = processor(properties, clock);
    }

    /** Whether Google sign-in is configured; when not, every token is rejected. */
    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * @throws InvalidExternalTokenException        when the token is not a valid ID token for Foyer
     * @throws ExternalProviderUnavailableException when Google's keys cannot be fetched
     */
    public ExternalIdentity verify(String idToken) {
        if (!enabled()) {
            throw new InvalidExternalTokenException("Google sign-in is not enabled");
        }
        if (idToken == null || idToken.isBlank()) {
            throw new InvalidExternalTokenException("Google ID token missing");
        }
        return identity(claims(idToken));
    }

    private JWTClaimsSet claims(String idToken) {
        try {
            return processor.process(idToken, null);
        } catch (KeySourceException e) {
            throw new ExternalProviderUnavailableException("Google signing keys unavailable", e);
        } catch (ParseException e) {
            throw new InvalidExternalTokenException("Google ID token malformed");
        } catch (BadJOSEException | JOSEException e) {
            // nimbus's reasons name the failed check (signature, algorithm, claim), never the token.
            throw new InvalidExternalTokenException("Google ID token rejected: " + e.getMessage());
        }
    }

    private static ExternalIdentity identity(JWTClaimsSet claims) {
        var email = emailVerified(claims.getClaim("email_verified")) ? stringClaim(claims, "email") : null;
        return new ExternalIdentity(ExternalIdentity.GOOGLE, claims.getSubject(), email,
                stringClaim(claims, "name"), stringClaim(claims, "picture"));
    }

    // Google sends a boolean; some older tokens carried the string "true".
    private static boolean emailVerified(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? value : null;
    }

    private static ConfigurableJWTProcessor<SecurityContext> processor(GoogleSignInProperties properties, Clock clock) {
        var retriever = new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, JWKS_SIZE_LIMIT_BYTES);
        var keys = JWKSourceBuilder.<SecurityContext>create(jwksUrl(properties), retriever)
                .cache(JWKS_CACHE_TIME.toMillis(), JWKS_REFRESH_TIMEOUT.toMillis())
                .build();
        var processor = new DefaultJWTProcessor<SecurityContext>();
        // RS256 only: "none" and HS256 (with the public key as the HMAC secret) never get this far.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new GoogleIdTokenClaimsVerifier(properties, clock));
        return processor;
    }

    private static URL jwksUrl(GoogleSignInProperties properties) {
        try {
            return properties.jwksUri().toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("foyer.identity.google.jwks-uri is not a URL: " + properties.jwksUri(), e);
        }
    }
}
