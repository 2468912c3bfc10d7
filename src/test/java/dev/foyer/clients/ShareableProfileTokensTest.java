package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 000's shareable_profile_tokens: links a realtor gives landlords to a client's profile. */
@FoyerIntegrationTest
class ShareableProfileTokensTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ClientRows rows;
    ActingUser realtor;
    ActingUser client;

    @BeforeEach
    void setUp() {
        rows = new ClientRows(users, jdbc);
        realtor = users.create();
        client = users.create();
        rows.acceptedPair(realtor, client);
    }

    @Test
    void tokenRoundTripsWithDefaults() {
        String token = ClientRows.uniqueToken();

        var row = users.inTransactionAs(realtor, () -> {
            UUID id = rows.insertShareToken(realtor.id(), client.id(), token);
            return jdbc.sql("select *, now() as tx_time from shareable_profile_tokens where id = :id")
                    .param("id", id).query().singleRow();
        });

        assertThat(row).containsEntry("realtor_id", realtor.id()).containsEntry("client_id", client.id())
                .containsEntry("token", token).containsEntry("revoked_at", null);
        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
        assertThat(instant(row, "expires_at")).isAfter(instant(row, "created_at"));
    }

    @Test
    void realtorRevokesToken() {
        UUID id = rows.shareToken(realtor, client);

        var revokedAt = users.inTransactionAs(realtor, () -> {
            jdbc.sql("update shareable_profile_tokens set revoked_at = now() where id = :id").param("id", id).update();
            return jdbc.sql("select revoked_at from shareable_profile_tokens where id = :id").param("id", id)
                    .query(java.sql.Timestamp.class).single();
        });

        assertThat(revokedAt).isNotNull();
    }

    @Test
    void rejectsSameTokenTwice() {
        String token = ClientRows.uniqueToken();
        users.inTransactionAs(realtor, () -> rows.insertShareToken(realtor.id(), client.id(), token));

        assertViolates("shareable_profile_tokens_token_key",
                () -> users.inTransactionAs(realtor, () -> rows.insertShareToken(realtor.id(), client.id(), token)));
    }

    @Test
    void requiresExpiry() {
        UUID id = rows.shareToken(realtor, client);

        assertThatThrownBy(() -> users.runAs(realtor, () -> jdbc.sql("""
                update shareable_profile_tokens set expires_at = null where id = :id
                """).param("id", id).update()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("null value in column \"expires_at\"");
    }

    @Test
    void userForeignKeysCascade() {
        // The insert policy wants a live pair, whose own keys refuse unknown users first, so these
        // keys are read from the catalog; the cascade tests exercise them.
        var actions = jdbc.sql("""
                select conname::text || ':' || confdeltype::text from pg_constraint
                 where conrelid = 'shareable_profile_tokens'::regclass and contype = 'f'
                   and confrelid = 'users'::regclass
                """).query(String.class).list();

        assertThat(actions).containsExactlyInAnyOrder(
                "shareable_profile_tokens_client_id_fkey:c", "shareable_profile_tokens_realtor_id_fkey:c");
    }

    @Test
    void deletingClientCascadesToTokens() {
        var admin = users.create("admin");
        UUID id = rows.shareToken(realtor, client);

        rows.deleteUser(client);

        assertThat(rows.countAsAdmin(admin, "shareable_profile_tokens", "id", id)).isZero();
    }

    @Test
    void deletingRealtorCascadesToTokens() {
        var admin = users.create("admin");
        UUID id = rows.shareToken(realtor, client);

        rows.deleteUser(realtor);

        assertThat(rows.countAsAdmin(admin, "shareable_profile_tokens", "id", id)).isZero();
    }
}
