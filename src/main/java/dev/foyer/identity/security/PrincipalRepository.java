package dev.foyer.identity.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PrincipalRepository {

    private final JdbcClient jdbc;

    PrincipalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PrincipalState(int tokenVersion, Instant disabledAt, String role, String permission, boolean sessionLive) {
    }

    /** Everything that decides whether an access token still works, in one indexed lookup. */
    Optional<PrincipalState> load(UUID userId, UUID sessionId, Instant now) {
        return jdbc.sql("""
                select u.token_version, u.disabled_at, u.role::text as role, p.role::text as permission,
                       exists (select 1 from user_refresh_tokens s
                                where s.id = :sessionId and s.user_id = u.id and s.expires_at > :now) as session_live
                  from users u
                  join profiles p on p.id = u.id
                 where u.id = :userId
                """)
                .param("userId", userId).param("sessionId", sessionId).param("now", Timestamp.from(now))
                .query(PrincipalState.class).optional();
    }
}
