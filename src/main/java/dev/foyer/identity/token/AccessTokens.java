package dev.foyer.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Access tokens: ES256-signed JWTs of type {@code at+jwt} naming the user ({@code sub}), the device
 * session ({@code sid}) and the user's token version ({@code ver}). Only such tokens pass the
 * decoder: not {@code alg: none}, not another algorithm, not another key, not an ID token of
 * another issuer, not a refresh token.
 */
@Component
public class AccessTokens {

    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    public static final String SESSION_CLAIM = "sid";
    public static final String VERSION_CLAIM = "ver";

    private final SigningKeys keys;
    private final JwtProperties properties;
    private final Clock clock;

    AccessTokens(SigningKeys keys, JwtProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    public String issue(UUID userId, UUID sessionId, int tokenVersion) {
        Instant now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(properties.audience())
                .subject(userId.toString())
                .claim(SESSION_CLAIM, sessionId.toString())
                .claim(VERSION_CLAIM, tokenVersion)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(keys.active().getKeyID()).build();
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new ECDSASigner(keys.active()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    public Duration lifetime() {
        return properties.accessTokenTtl();
    }

    /** Checks access tokens, remembering the signatures it has already verified until the token expires. */
    public JwtDecoder decoder() {
        return new VerifiedTokens(verifier(), clock);
    }

    private JwtDecoder verifier() {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(keys.verificationKeys())));
        // Time is checked below against the injected clock, not here against the system's.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        var decoder = new NimbusJwtDecoder(processor);
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience())),
                new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()),
                new JwtClaimValidator<String>(SESSION_CLAIM, sid -> sid != null && !sid.isBlank()),
                new JwtClaimValidator<Object>(VERSION_CLAIM, ver -> ver instanceof Number))));
        return decoder;
    }
}
