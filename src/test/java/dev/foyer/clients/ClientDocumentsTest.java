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

/** Seed 000's client_documents: metadata of files kept in object storage, per onboarding. */
@FoyerIntegrationTest
class ClientDocumentsTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ClientRows rows;
    ActingUser realtor;
    ActingUser client;
    UUID onboarding;

    @BeforeEach
    void setUp() {
        rows = new ClientRows(users, jdbc);
        realtor = users.create();
        client = users.create();
        onboarding = rows.onboarding(realtor, client);
    }

    @Test
    void documentRoundTripsWithDefaults() {
        String key = ClientRows.uniqueS3Key();

        var row = users.inTransactionAs(client, () -> {
            UUID id = rows.insertDocument(onboarding, key);
            return jdbc.sql("select *, now() as tx_time from client_documents where id = :id")
                    .param("id", id).query().singleRow();
        });

        assertThat(row).containsEntry("onboarding_id", onboarding).containsEntry("title", "Pay stub")
                .containsEntry("s3_key", key).containsEntry("filename", "paystub.pdf")
                .containsEntry("mime_type", "application/pdf").containsEntry("size_bytes", 48213);
        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void rejectsSameObjectKeyTwice() {
        String key = ClientRows.uniqueS3Key();
        users.inTransactionAs(client, () -> rows.insertDocument(onboarding, key));

        assertViolates("client_documents_s3_key_key",
                () -> users.inTransactionAs(client, () -> rows.insertDocument(onboarding, key)));
    }

    @Test
    void rejectsNegativeSize() {
        UUID id = rows.document(client, onboarding);

        assertViolates("client_documents_size_bytes_check", () -> users.runAs(client, () -> jdbc.sql("""
                update client_documents set size_bytes = -1 where id = :id
                """).param("id", id).update()));
    }

    @Test
    void requiresTitleKeyFilenameTypeAndSize() {
        UUID id = rows.document(client, onboarding);

        for (String column : new String[] {"title", "s3_key", "filename", "mime_type", "size_bytes"}) {
            assertThatThrownBy(() -> users.runAs(client, () -> jdbc.sql(
                    "update client_documents set " + column + " = null where id = :id").param("id", id).update()))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("null value in column \"" + column + "\"");
        }
    }

    @Test
    void onboardingForeignKeyCascades() {
        // Row-level security refuses a document of an onboarding the writer cannot see before the
        // foreign key is checked, so the key is read from the catalog; the cascade tests exercise it.
        String action = jdbc.sql("""
                select confdeltype::text from pg_constraint
                 where conname = 'client_documents_onboarding_id_fkey'
                   and confrelid = 'client_onboarding'::regclass
                """).query(String.class).single();

        assertThat(action).isEqualTo("c");
    }

    @Test
    void deletingOnboardingCascadesToDocuments() {
        var admin = users.create("admin");
        rows.document(client, onboarding);
        rows.document(client, onboarding);

        int deleted = users.inTransactionAs(realtor, () -> jdbc.sql("delete from client_onboarding where id = :id")
                .param("id", onboarding).update());

        assertThat(deleted).isEqualTo(1);
        assertThat(rows.countAsAdmin(admin, "client_documents", "onboarding_id", onboarding)).isZero();
    }
}
