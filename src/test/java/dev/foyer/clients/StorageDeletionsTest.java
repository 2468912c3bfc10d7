package dev.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.database.TransactionSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A document row leaves a note naming its object however it goes (V13), so that the object can be
 * removed after the commit; a rolled-back delete leaves none; only the storage sweep reads the notes.
 */
@FoyerIntegrationTest
class StorageDeletionsTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionSettings settings;

    @Test
    void deletingADocumentNotesItsObject() {
        var rows = new ClientRows(users, jdbc);
        ActingUser client = users.create();
        UUID onboarding = rows.onboarding(users.create(), client);
        String key = ClientRows.uniqueS3Key();
        UUID document = users.inTransactionAs(client, () -> rows.insertDocument(onboarding, key));

        users.runAs(client, () -> jdbc.sql("delete from client_documents where id = :id").param("id", document).update());

        assertThat(notedKeys()).contains(key);
    }

    @Test
    void cascadeFromTheClientsAccountNotesEveryObject() {
        var rows = new ClientRows(users, jdbc);
        ActingUser client = users.create();
        UUID onboarding = rows.onboarding(users.create(), client);
        String first = ClientRows.uniqueS3Key();
        String second = ClientRows.uniqueS3Key();
        users.runAs(client, () -> {
            rows.insertDocument(onboarding, first);
            rows.insertDocument(onboarding, second);
        });

        rows.deleteUser(client);

        assertThat(notedKeys()).contains(first, second);
    }

    @Test
    void aRolledBackDeleteLeavesNoNote() {
        var rows = new ClientRows(users, jdbc);
        ActingUser client = users.create();
        UUID onboarding = rows.onboarding(users.create(), client);
        String key = ClientRows.uniqueS3Key();
        UUID document = users.inTransactionAs(client, () -> rows.insertDocument(onboarding, key));

        try {
            users.runAs(client, () -> {
                jdbc.sql("delete from client_documents where id = :id").param("id", document).update();
                throw new IllegalStateException("the request failed after the delete");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(notedKeys()).doesNotContain(key);
    }

    @Test
    void onlyTheSweepReadsTheNotes() {
        var rows = new ClientRows(users, jdbc);
        ActingUser client = users.create();
        UUID onboarding = rows.onboarding(users.create(), client);
        UUID document = users.inTransactionAs(client, () -> rows.insertDocument(onboarding, ClientRows.uniqueS3Key()));
        users.runAs(client, () -> jdbc.sql("delete from client_documents where id = :id").param("id", document).update());

        assertThat(users.inTransactionAs(client, () -> jdbc.sql("select count(*) from storage_deletions")
                .query(Long.class).single())).isZero();
        assertThat(users.inTransactionAs(users.create("admin"), () -> jdbc.sql("select count(*) from storage_deletions")
                .query(Long.class).single())).isZero();
    }

    @Test
    void nobodyWritesANoteButTheTrigger() {
        ActingUser user = users.create();

        assertThatThrownBy(() -> users.runAs(user, () -> jdbc.sql("""
                insert into storage_deletions (object_key) values ('onboardings/someone-elses/document')
                """).update())).rootCause().hasMessageContaining("permission denied");
        assertThat(notedKeys()).doesNotContain("onboardings/someone-elses/document");
    }

    private List<String> notedKeys() {
        return users.inTransactionAsNobody(() -> {
            settings.set("app.maintenance", "storage");
            return jdbc.sql("select object_key from storage_deletions").query(String.class).list();
        });
    }
}
