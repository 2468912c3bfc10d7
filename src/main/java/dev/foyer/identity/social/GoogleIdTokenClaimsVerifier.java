package dev.foyer.identity.social;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;

/**
 * The claim checks of a Google ID token, run by nimbus only after the signature holds. Written here
 * rather than with nimbus's {@code DefaultJWTClaimsVerifier} because that one reads the system time,
 * and expiry must follow the injected clock.
 */
class GoogleIdTokenClaimsVerifier implements JWTClaimsSetVerifier<SecurityContext> {

    private final List<String> issuers;
    private final List<String> clientIds;
    private final Duration clockSkew;
    private final Clock clock;

    GoogleIdTokenClaimsVerifier(GoogleSignInProperties properties, Clock clock) {
        this.issuers = properties.issuers();
        this.clientIds = properties.clientIds();
        this.clockSkew = properties.clockSkew();
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        if (!issuers.contains(claims.getIssuer())) {
            throw new BadJWTException("issuer not accepted");
        }
        var audience = claims.getAudience() == null ? List.<String>of() : claims.getAudience();
        if (Collections.disjoint(audience, clientIds)) {
            throw new BadJWTException("issued for another audience");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new BadJWTException("no subject");
        }
        verifyTimes(claims);
    }

    private void verifyTimes(JWTClaimsSet claims) throws BadJWTException {
        var now = clock.instant();
        var expiresAt = instant(claims.getExpirationTime());
        var issuedAt = instant(claims.getIssueTime());
        var notBefore = instant(claims.getNotBeforeTime());
        if (expiresAt == null || issuedAt == null) {
            throw new BadJWTException("no expiry or issue time");
        }
        if (!now.isBefore(expiresAt.plus(clockSkew))) {
            throw new BadJWTException("expired");
        }
        if (issuedAt.isAfter(now.plus(clockSkew))) {
            throw new BadJWTException("issued in the future");
        }
        if (notBefore != null && notBefore.isAfter(now.plus(clockSkew))) {
            throw new BadJWTException("not valid yet");
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
