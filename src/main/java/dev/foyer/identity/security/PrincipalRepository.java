package dev.foyer.identity.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    /**
     * Everything that decides whether an access token still works, in one statement: called
     * outside a transaction, it is one round trip (V23 binds the user for the read itself).
     */
    Optional<PrincipalState> load(UUID userId, UUID sessionId, Instant now) {
        return jdbc.sql("""
                select token_version, disabled_at, role, permission, session_live
                  from auth.principal_state(:userId, :sessionId, :now)
                """)
                .param("userId", userId).param("sessionId", sessionId).param("now", Timestamp.from(now))
                // Mapped by hand: the record mapper tries each component's Java name before the column's and
                // an Instant before a timestamp, and the driver's exception is its cue: four a request.
                .query((rs, row) -> {
                    var disabledAt = rs.getObject("disabled_at", OffsetDateTime.class);
                    return new PrincipalState(rs.getInt("token_version"),
                            disabledAt == null ? null : disabledAt.toInstant(), rs.getString("role"),
                            rs.getString("permission"), rs.getBoolean("session_live"));
                })
                .optional();
    }
}
