package dev.foyer.identity.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    private static final RecordMapper<UserState> USER_STATES = RecordMapper.of(UserState.class);
    private static final RecordMapper<LiveSession> LIVE_SESSIONS = RecordMapper.of(LiveSession.class);
    private static final RecordMapper<RetiredToken> RETIRED_TOKENS = RecordMapper.of(RetiredToken.class);
    private static final RecordMapper<SessionView> SESSIONS = RecordMapper.of(SessionView.class);

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record UserState(int tokenVersion, Instant disabledAt) {
    }

    record LiveSession(UUID id, UUID userId, Instant expiresAt) {
    }

    record RetiredToken(UUID sessionId, UUID userId, Instant retiredAt) {
    }

    /** Locks the user so that two sign-ins at once cannot both keep a sixth session. */
    Optional<UserState> lockUser(UUID userId) {
        return jdbc.sql("""
                select token_version, disabled_at from users where id = :id for update
                """).param("id", userId).query(USER_STATES).optional();
    }

    Optional<UserState> userState(UUID userId) {
        return jdbc.sql("""
                select token_version, disabled_at from users where id = :id
                """).param("id", userId).query(USER_STATES).optional();
    }

    /** Ends the user's oldest sessions so that {@code keep} remain. */
    int keepNewest(UUID userId, int keep) {
        return jdbc.sql("""
                delete from user_refresh_tokens
                 where id in (select id from user_refresh_tokens
                               where user_id = :userId
                               order by created_at desc, id desc
                              offset :keep)
                """).param("userId", userId).param("keep", keep).update();
    }

    void insert(UUID id, UUID userId, String tokenHash, String deviceInfo, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into user_refresh_tokens (id, user_id, token_hash, device_info, expires_at, created_at, last_used_at)
                values (:id, :userId, :tokenHash, :deviceInfo, :expiresAt, :now, :now)
                """)
                .param("id", id).param("userId", userId).param("tokenHash", tokenHash)
                .param("deviceInfo", deviceInfo).param("expiresAt", ts(expiresAt)).param("now", ts(now))
                .update();
    }

    /** The session whose current refresh token this is, locked against a concurrent refresh. */
    Optional<LiveSession> lockByTokenHash(String tokenHash) {
        return jdbc.sql("""
                select id, user_id, expires_at from user_refresh_tokens where token_hash = :tokenHash for update
                """).param("tokenHash", tokenHash).query(LIVE_SESSIONS).optional();
    }

    Optional<RetiredToken> findRetired(String tokenHash) {
        return jdbc.sql("""
                select session_id, user_id, retired_at from retired_refresh_tokens where token_hash = :tokenHash
                """).param("tokenHash", tokenHash).query(RETIRED_TOKENS).optional();
    }

    void rotate(UUID sessionId, UUID userId, String oldHash, String newHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into retired_refresh_tokens (token_hash, session_id, user_id, retired_at)
                values (:oldHash, :sessionId, :userId, :now)
                """).param("oldHash", oldHash).param("sessionId", sessionId).param("userId", userId)
                .param("now", ts(now)).update();
        jdbc.sql("""
                update user_refresh_tokens
                   set token_hash = :newHash, rotated_at = :now, last_used_at = :now, expires_at = :expiresAt
                 where id = :sessionId
                """).param("newHash", newHash).param("now", ts(now)).param("expiresAt", ts(expiresAt))
                .param("sessionId", sessionId).update();
    }

    boolean isLive(UUID userId, UUID sessionId, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from user_refresh_tokens
                                where id = :sessionId and user_id = :userId and expires_at > :now)
                """).param("sessionId", sessionId).param("userId", userId).param("now", ts(now))
                .query(Boolean.class).single();
    }

    List<SessionView> list(UUID userId, UUID current, Instant now) {
        return jdbc.sql("""
                select id, device_info, created_at, last_used_at, expires_at, id = :current as current
                  from user_refresh_tokens
                 where user_id = :userId and expires_at > :now
                 order by last_used_at desc, id
                """).param("userId", userId).param("current", current).param("now", ts(now))
                .query(SESSIONS).list();
    }

    int delete(UUID userId, UUID sessionId) {
        return jdbc.sql("delete from user_refresh_tokens where id = :sessionId and user_id = :userId")
                .param("sessionId", sessionId).param("userId", userId).update();
    }

    int deleteAllBut(UUID userId, UUID keep) {
        return jdbc.sql("delete from user_refresh_tokens where user_id = :userId and id <> :keep")
                .param("userId", userId).param("keep", keep).update();
    }

    void logSecurityEvent(String message, String detailsJson) {
        jdbc.sql("""
                insert into system_logs (level, source, message, details)
                values ('warning', 'identity', :message, :details::jsonb)
                """).param("message", message).param("details", detailsJson).update();
    }

    static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
