package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code auth.principal_state}, the access-token check every API request makes in one statement
 * outside a transaction (V23), as the application's role calls it.
 */
@FoyerIntegrationTest
class PrincipalStateTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsTheUsersStateAndWhetherTheSessionIsLiveOutsideAnyTransaction() {
        var user = users.create();
        UUID session = users.inTransactionAs(user, () -> insertSession(user.id(), "30 days"));
        UUID ended = users.inTransactionAs(user, () -> insertSession(user.id(), "-1 second"));
        var stranger = users.create();
        UUID someoneElses = users.inTransactionAs(stranger, () -> insertSession(stranger.id(), "30 days"));

        var live = state(user.id(), session);
        assertThat(live).containsEntry("token_version", 0).containsEntry("permission", "user")
                .containsEntry("session_live", true);
        assertThat(live.get("disabled_at")).isNull();
        assertThat(state(user.id(), ended)).containsEntry("session_live", false);
        assertThat(state(user.id(), someoneElses)).as("another user's session does not vouch for this one")
                .containsEntry("session_live", false);
        assertThat(jdbc.sql("select count(*) from auth.principal_state(:id, :session, now())")
                .param("id", UUID.randomUUID()).param("session", session).query(Long.class).single())
                .as("no such user").isZero();
    }

    @Test
    void calledInsideATransactionItLeavesThatTransactionsUserBound() {
        var bound = new ActingUser(users.create().id(), "admin");
        var other = users.create();
        UUID session = users.inTransactionAs(other, () -> insertSession(other.id(), "30 days"));

        var after = users.inTransactionAs(bound, () -> {
            var read = state(other.id(), session);
            assertThat(read).containsEntry("session_live", true);
            return jdbc.sql("select current_setting('app.user_id') as user_id, current_setting('app.user_role') as role")
                    .query().singleRow();
        });

        assertThat(after).containsEntry("user_id", bound.id().toString()).containsEntry("role", "admin");
    }

    @Test
    void leavesNothingBoundOnThePooledConnection() {
        var user = users.create();
        UUID session = users.inTransactionAs(user, () -> insertSession(user.id(), "30 days"));
        state(user.id(), session);

        // The statement was its own transaction: what it bound ended with it, whichever pooled
        // connection the next statement gets.
        for (int i = 0; i < 20; i++) {
            assertThat(jdbc.sql("select coalesce(auth.uid()::text, 'nobody')").query(String.class).single())
                    .isEqualTo("nobody");
        }
    }

    private Map<String, Object> state(UUID userId, UUID sessionId) {
        return jdbc.sql("select * from auth.principal_state(:id, :session, :now)")
                .param("id", userId).param("session", sessionId).param("now", Timestamp.from(Instant.now()))
                .query().singleRow();
    }

    private UUID insertSession(UUID userId, String expiresIn) {
        return jdbc.sql("""
                insert into user_refresh_tokens (user_id, token_hash, expires_at)
                values (:userId, :hash, now() + cast(:expiresIn as interval))
                returning id
                """).param("userId", userId).param("hash", UserRefreshTokensTest.uniqueHash())
                .param("expiresIn", expiresIn).query(UUID.class).single();
    }
}
