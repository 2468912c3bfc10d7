package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * contact_counts (V16) holds each user's number of contacts, kept by triggers on contacts in the
 * same transaction; the dashboard reads it. After every way contacts come and go it must equal
 * the count of the user's contacts.
 */
@FoyerIntegrationTest
class ContactCountsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SignedInClient alice;
    ActingUser owner;
    ContactFiles files;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
        owner = ActingUser.of(alice.userId());
        files = new ContactFiles(port, alice);
    }

    @Test
    void createdAndImportedContactsAreCountedAndAFailedImportAddsNothing() {
        alice.post("/api/contacts", Map.of("firstName", "Sarah", "email", "sarah@example.com"));
        files.importCsv("First Name,Email\nAnn,ann@example.com\nBen,ben@example.com\nSarah,SARAH@example.com\n");
        files.importCsv("First Name,Email\nCat,cat@example.com\nSarah,sarah@example.com\n", "merge");
        files.importCsv("First Name,Notes\nDan,fine\nEve,\"never closed\n");

        assertThat(counted()).isEqualTo(contacts()).isEqualTo(4);
        assertThat(dashboard()).isEqualTo(4);
    }

    @Test
    void deletedAndMergedContactsAreSubtracted() {
        String keep = alice.post("/api/contacts", Map.of("firstName", "Sarah")).text("id");
        String other = alice.post("/api/contacts", Map.of("firstName", "S.")).text("id");
        String gone = alice.post("/api/contacts", Map.of("firstName", "Gone")).text("id");
        users.runAs(owner, () -> jdbc.sql("""
                insert into contacts (user_id, first_name) select :owner, 'P' || n from generate_series(1, 3) n
                """).param("owner", owner.id()).update());

        alice.delete("/api/contacts/" + gone);
        alice.post("/api/contacts/" + keep + "/merge", Map.of("otherId", other));
        users.runAs(owner, () -> jdbc.sql("delete from contacts where first_name like 'P%'").update());

        assertThat(counted()).isEqualTo(contacts()).isEqualTo(1);
        assertThat(dashboard()).isEqualTo(1);
    }

    @Test
    void aUserSeesOnlyTheirOwnCountCannotWriteItAndTheirDeletionTakesItAlong() {
        ActingUser other = users.create();
        users.runAs(other, () -> jdbc.sql("insert into contacts (user_id, first_name) values (:owner, 'X')")
                .param("owner", other.id()).update());

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from contact_counts")
                .query(Long.class).single())).isZero();
        assertThatThrownBy(() -> users.runAs(owner, () -> jdbc.sql("update contact_counts set contacts = 0").update()))
                .rootCause().hasMessageContaining("permission denied");

        users.runAs(other, () -> jdbc.sql("delete from users where id = :id").param("id", other.id()).update());
        assertThat(users.inTransactionAs(new ActingUser(other.id(), "admin"), () -> jdbc.sql(
                "select count(*) from contact_counts where user_id = :id").param("id", other.id())
                .query(Long.class).single())).isZero();
    }

    private long counted() {
        return users.inTransactionAs(owner, () -> jdbc.sql("select contacts from contact_counts where user_id = :owner")
                .param("owner", owner.id()).query(Long.class).single());
    }

    private long contacts() {
        return users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from contacts where user_id = :owner")
                .param("owner", owner.id()).query(Long.class).single());
    }

    private long dashboard() {
        return alice.get("/api/dashboard").json().path("totalContacts").asLong();
    }
}
