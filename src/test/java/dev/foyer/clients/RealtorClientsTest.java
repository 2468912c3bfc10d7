package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 000's realtor_clients: the junction of a realtor and a client, both users. */
@FoyerIntegrationTest
class RealtorClientsTest {

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
    }

    @Test
    void pairRoundTripsWithDefaults() {
        var row = users.inTransactionAs(realtor, () -> {
            UUID id = jdbc.sql("""
                    insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId) returning id
                    """).param("realtorId", realtor.id()).param("clientId", client.id()).query(UUID.class).single();
            return jdbc.sql("select *, status::text as status_text, now() as tx_time from realtor_clients where id = :id")
                    .param("id", id).query().singleRow();
        });

        assertThat(row).containsEntry("realtor_id", realtor.id())
                .containsEntry("client_id", client.id())
                .containsEntry("status_text", "pending")
                .containsEntry("deleted_at", null);
        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void clientAcceptsAndRealtorSoftDeletes() {
        UUID id = rows.pair(realtor, client);

        users.runAs(client, () -> jdbc.sql("update realtor_clients set status = 'active' where id = :id")
                .param("id", id).update());
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = now() where id = :id")
                .param("id", id).update());

        var row = pairRow(id);
        assertThat(row).containsEntry("status_text", "active");
        assertThat(instant(row, "deleted_at")).isNotNull();
    }

    @Test
    void rejectsDuplicateRealtorClientPair() {
        rows.pair(realtor, client);

        assertViolates("realtor_clients_realtor_client_key", () -> rows.pair(realtor, client));
    }

    @Test
    void softDeletedPairStillBlocksADuplicate() {
        UUID id = rows.pair(realtor, client);
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = now() where id = :id")
                .param("id", id).update());

        assertViolates("realtor_clients_realtor_client_key", () -> rows.pair(realtor, client));
    }

    @Test
    void acceptsTheReversedPairAndOtherClients() {
        rows.pair(realtor, client);

        rows.pair(client, realtor);
        rows.pair(realtor, users.create());

        assertThat(users.inTransactionAs(realtor, () -> jdbc.sql("""
                select count(*) from realtor_clients where realtor_id = :id or client_id = :id
                """).param("id", realtor.id()).query(Long.class).single())).isEqualTo(3);
    }

    @Test
    void rejectsRealtorAsOwnClient() {
        assertViolates("realtor_clients_not_self", () -> rows.pair(realtor, realtor));
    }

    @Test
    void statusEnumRefusesUnknownValues() {
        UUID id = rows.pair(realtor, client);

        assertViolates("invalid input value for enum client_status: \"archived\"",
                () -> users.runAs(client, () -> jdbc.sql("update realtor_clients set status = 'archived' where id = :id")
                        .param("id", id).update()));
    }

    @Test
    void rejectsPairWithUnknownClient() {
        var ghost = ActingUser.of(UUID.randomUUID());

        assertViolates("realtor_clients_client_id_fkey", () -> rows.pair(realtor, ghost));
    }

    @Test
    void rejectsPairWithUnknownRealtor() {
        var ghost = ActingUser.of(UUID.randomUUID());

        assertViolates("realtor_clients_realtor_id_fkey", () -> rows.pair(ghost, client));
    }

    @Test
    void deletingClientCascadesToPair() {
        var admin = users.create("admin");
        rows.pair(realtor, client);

        rows.deleteUser(client);

        assertThat(rows.countAsAdmin(admin, "realtor_clients", "realtor_id", realtor.id())).isZero();
    }

    @Test
    void deletingRealtorCascadesToPair() {
        var admin = users.create("admin");
        rows.pair(realtor, client);

        rows.deleteUser(realtor);

        assertThat(rows.countAsAdmin(admin, "realtor_clients", "client_id", client.id())).isZero();
    }

    private Map<String, Object> pairRow(UUID id) {
        return users.inTransactionAs(realtor, () -> jdbc.sql("""
                select *, status::text as status_text from realtor_clients where id = :id
                """).param("id", id).query().singleRow());
    }
}
