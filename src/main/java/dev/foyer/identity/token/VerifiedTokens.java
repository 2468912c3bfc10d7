package dev.foyer.identity.token;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens whose signature was already checked, until they expire. Verifying an
 * ES256 signature is most of what an API request costs the server, and a client sends the same
 * token for up to fifteen minutes. Only the signature work is saved: expiry is checked on every use,
 * and whether the session, the user and the token version still allow the token is asked of the
 * database on every request, after this.
 */
final class VerifiedTokens implements JwtDecoder {

    /** Far more than the tokens alive at once on one server; beyond it the memory starts afresh. */
    private static final int MAX_TOKENS = 20_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null && known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt jwt = verifier.decode(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }
}
