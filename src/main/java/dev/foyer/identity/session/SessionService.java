package dev.foyer.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.database.ActingUser;
import dev.foyer.database.TransactionSettings;
import dev.foyer.identity.token.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Device sessions (seed 001's {@code user_refresh_tokens}): started at sign-in, kept alive by
 * refreshing, ended by logout, by the user, by the device limit, or by a replayed refresh token.
 */
@Service
public class SessionService {

    private static final Logger log = LoggerFactory.getLogger(SessionService.class);
    private static final int DEVICE_INFO_MAX = 255;

    private final SessionRepository sessions;
    private final AccessTokens accessTokens;
    private final TransactionSettings settings;
    private final TransactionTemplate transactions;
    private final SessionProperties properties;
    private final Clock clock;

    SessionService(SessionRepository sessions, AccessTokens accessTokens, TransactionSettings settings,
                   TransactionTemplate transactions, SessionProperties properties, Clock clock) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new session for a user who just proved who they are; ends the oldest sessions beyond the
     * device limit. Runs in the caller's transaction, which must be bound to the user.
     */
    @Transactional
    public Tokens start(UUID userId, String deviceInfo) {
        var user = sessions.lockUser(userId).orElseThrow(() -> new IllegalStateException("no user " + userId));
        if (user.disabledAt() != null) {
            throw new ApiException(ProblemType.ACCOUNT_DISABLED, "This account is disabled");
        }
        sessions.keepNewest(userId, properties.maxDevices() - 1);
        Instant now = clock.instant();
        UUID sessionId = UUID.randomUUID();
        String refreshToken = RefreshTokens.newToken();
        sessions.insert(sessionId, userId, RefreshTokens.hash(refreshToken), trim(deviceInfo), now,
                now.plus(properties.refreshTokenTtl()));
        return tokens(userId, sessionId, user.tokenVersion(), refreshToken);
    }

    /**
     * Trades a refresh token for a new pair. The old token is retired; presenting it again within
     * the grace period is refused, after it the whole session ends and a security event is logged.
     */
    public Tokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw ApiException.invalid("refreshToken", "is required");
        }
        String hash = RefreshTokens.hash(refreshToken);
        // The outcome is decided and committed first: a replay must end the session even though the answer is 401.
        RefreshOutcome outcome = transactions.execute(status -> refreshInTransaction(hash));
        if (outcome.refusal() != null) {
            throw new RefreshRefusedException(outcome.refusal(), outcome.justRotated());
        }
        return outcome.tokens();
    }

    private RefreshOutcome refreshInTransaction(String hash) {
        settings.set("app.refresh_token_hash", hash);
        Instant now = clock.instant();
        var live = sessions.lockByTokenHash(hash);
        if (live.isPresent()) {
            var session = live.get();
            settings.bindUser(ActingUser.of(session.userId()));
            var user = sessions.userState(session.userId()).orElseThrow();
            if (!session.expiresAt().isAfter(now) || user.disabledAt() != null) {
                return RefreshOutcome.refused("The refresh token has expired");
            }
            String next = RefreshTokens.newToken();
            sessions.rotate(session.id(), session.userId(), hash, RefreshTokens.hash(next), now,
                    now.plus(properties.refreshTokenTtl()));
            return RefreshOutcome.refreshed(tokens(session.userId(), session.id(), user.tokenVersion(), next));
        }
        var retired = sessions.findRetired(hash);
        if (retired.isEmpty()) {
            return RefreshOutcome.refused("The refresh token is not valid");
        }
        var token = retired.get();
        if (Duration.between(token.retiredAt(), now).compareTo(properties.reuseGrace()) <= 0) {
            return new RefreshOutcome(null, "The refresh token was just used; use the one it was exchanged for", true);
        }
        settings.bindUser(ActingUser.of(token.userId()));
        sessions.delete(token.userId(), token.sessionId());
        sessions.logSecurityEvent("refresh token reused: session ended", """
                {"event": "refresh_token_reuse", "user_id": "%s", "session_id": "%s"}
                """.formatted(token.userId(), token.sessionId()));
        log.warn("A rotated refresh token was presented again; session {} of user {} ended",
                token.sessionId(), token.userId());
        return RefreshOutcome.refused("The refresh token is not valid");
    }

    /** Ends one of the user's sessions; another user's session id is simply not found. */
    @Transactional
    public void end(UUID userId, UUID sessionId) {
        if (sessions.delete(userId, sessionId) == 0) {
            throw ApiException.notFound("Session");
        }
    }

    /** Ends every session of the user but the current one; answers how many ended. */
    @Transactional
    public int endOthers(UUID userId, UUID currentSessionId) {
        return sessions.deleteAllBut(userId, currentSessionId);
    }

    @Transactional(readOnly = true)
    public List<SessionView> list(UUID userId, UUID currentSessionId) {
        return sessions.list(userId, currentSessionId, clock.instant());
    }

    /** Whether the session an access token names is still live: ending a session stops its tokens at once. */
    @Transactional(readOnly = true)
    public boolean isLive(UUID userId, UUID sessionId) {
        return sessions.isLive(userId, sessionId, clock.instant());
    }

    /** A new access token for a live session, for a user whose token version just changed. */
    @Transactional(readOnly = true)
    public String reissueAccessToken(UUID userId, UUID sessionId) {
        var user = sessions.userState(userId).orElseThrow();
        return accessTokens.issue(userId, sessionId, user.tokenVersion());
    }

    public Duration accessTokenLifetime() {
        return accessTokens.lifetime();
    }

    private Tokens tokens(UUID userId, UUID sessionId, int tokenVersion, String refreshToken) {
        return new Tokens(accessTokens.issue(userId, sessionId, tokenVersion), refreshToken,
                accessTokens.lifetime().toSeconds(), sessionId, userId);
    }

    private static String trim(String deviceInfo) {
        if (deviceInfo == null || deviceInfo.isBlank()) {
            return null;
        }
        String clean = deviceInfo.strip();
        return clean.length() <= DEVICE_INFO_MAX ? clean : clean.substring(0, DEVICE_INFO_MAX);
    }

    private record RefreshOutcome(Tokens tokens, String refusal, boolean justRotated) {

        static RefreshOutcome refreshed(Tokens tokens) {
            return new RefreshOutcome(tokens, null, false);
        }

        static RefreshOutcome refused(String reason) {
            return new RefreshOutcome(null, reason, false);
        }
    }
}
