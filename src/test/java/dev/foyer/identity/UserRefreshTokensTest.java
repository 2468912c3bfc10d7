package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.at;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 001's user_refresh_tokens: one hashed refresh token per signed-in device. */
@FoyerIntegrationTest
class UserRefreshTokensTest {

    static final OffsetDateTime IN_THIRTY_DAYS = at("2030-01-31T10:15:30.123456Z");

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void insertedTokenRoundTripsWithDefaults() {
        var user = users.create();
        String hash = uniqueHash();

        var row = users.inTransactionAs(user, () -> {
            UUID id = insert(user, hash, "iPhone 15", IN_THIRTY_DAYS);
            return jdbc.sql("select *, now() as tx_time from user_refresh_tokens where id = :id")
                    .param("id", id).query().singleRow();
        });

        assertThat(row).containsEntry("user_id", user.id())
                .containsEntry("token_hash", hash)
                .containsEntry("device_info", "iPhone 15");
        assertThat(instant(row, "expires_at")).isEqualTo(IN_THIRTY_DAYS.toInstant());
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void userMayHoldOneTokenPerDevice() {
        var user = users.create();

        users.runAs(user, () -> {
            insert(user, uniqueHash(), "Chrome on Windows", IN_THIRTY_DAYS);
            insert(user, uniqueHash(), null, IN_THIRTY_DAYS);
        });

        assertThat(users.inTransactionAs(user, () -> jdbc.sql("""
                select count(*) from user_refresh_tokens where user_id = :id
                """).param("id", user.id()).query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void sameTokenHashTwiceIsRefused() {
        var user = users.create();
        String hash = uniqueHash();
        users.runAs(user, () -> insert(user, hash, null, IN_THIRTY_DAYS));

        assertViolates("idx_user_refresh_tokens_token_hash",
                () -> users.runAs(user, () -> insert(user, hash, null, IN_THIRTY_DAYS)));
    }

    @Test
    void expiryIsRequired() {
        var user = users.create();

        assertThatThrownBy(() -> users.runAs(user, () -> insert(user, uniqueHash(), null, null)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("null value in column \"expires_at\"");
    }

    @Test
    void tokenOfUnknownUserIsRefused() {
        var ghost = ActingUser.of(UUID.randomUUID());

        assertViolates("user_refresh_tokens_user_id_fkey",
                () -> users.runAs(ghost, () -> insert(ghost, uniqueHash(), null, IN_THIRTY_DAYS)));
    }

    @Test
    void deletingUserRemovesItsTokens() {
        var user = users.create();
        var admin = users.create("admin");
        users.runAs(user, () -> {
            insert(user, uniqueHash(), "laptop", IN_THIRTY_DAYS);
            insert(user, uniqueHash(), "phone", IN_THIRTY_DAYS);
        });

        users.runAs(user, () -> jdbc.sql("delete from users where id = :id").param("id", user.id()).update());

        assertThat(users.inTransactionAs(admin, () -> jdbc.sql("""
                select count(*) from user_refresh_tokens where user_id = :id
                """).param("id", user.id()).query(Long.class).single())).isZero();
    }

    private UUID insert(ActingUser user, String hash, String device, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                insert into user_refresh_tokens (user_id, token_hash, device_info, expires_at)
                values (:userId, :hash, :device, :expiresAt)
                returning id
                """)
                .param("userId", user.id()).param("hash", hash)
                .param("device", device).param("expiresAt", expiresAt)
                .query(UUID.class).single();
    }

    static String uniqueHash() {
        return "sha256:" + UUID.randomUUID();
    }
}
