package dev.foyer.identity.security;

import java.time.Clock;
import java.util.UUID;

import dev.foyer.identity.AccountRole;
import dev.foyer.identity.SignedInUser;
import dev.foyer.identity.token.AccessTokens;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the signed-in user, after checking with the database that
 * nothing ended it early: the session is live, the user is not disabled, and the token was issued
 * under the user's current token version (a role change or disabling bumps it).
 */
@Component
class AccessTokenAuthenticator implements Converter<Jwt, SignedInAuthentication> {

    private final PrincipalRepository principals;
    private final Clock clock;

    AccessTokenAuthenticator(PrincipalRepository principals, Clock clock) {
        this.principals = principals;
        this.clock = clock;
    }

    @Override
    public SignedInAuthentication convert(Jwt jwt) {
        UUID userId = uuid(jwt.getSubject());
        UUID sessionId = uuid(jwt.getClaimAsString(AccessTokens.SESSION_CLAIM));
        Number version = jwt.getClaim(AccessTokens.VERSION_CLAIM);
        var state = principals.load(userId, sessionId, clock.instant())
                .orElseThrow(() -> new InvalidBearerTokenException("The access token's user does not exist"));
        if (state.disabledAt() != null) {
            throw new InvalidBearerTokenException("The account is disabled");
        }
        if (!state.sessionLive()) {
            throw new InvalidBearerTokenException("The session has ended");
        }
        if (version.intValue() != state.tokenVersion()) {
            throw new InvalidBearerTokenException("The access token was issued before the account changed; refresh it");
        }
        var role = state.role() == null ? null : AccountRole.parse(state.role()).orElse(null);
        return new SignedInAuthentication(new SignedInUser(userId, sessionId, role, state.permission()));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The access token names no valid user or session");
        }
    }
}
