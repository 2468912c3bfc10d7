package dev.foyer.contacts;

import static dev.foyer.SchemaChecks.assertRefusedByRowLevelSecurity;
import static dev.foyer.SchemaChecks.row;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SchemaChecks;
import dev.foyer.SchemaChecks.Row;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 004's user isolation, enforced again by row-level security on contacts, tags and assignments. */
@FoyerIntegrationTest
class ContactRowLevelSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser alice;
    ActingUser bob;
    UUID contact;
    UUID tag;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        alice = users.create();
        bob = users.create();
        contact = rows.contact(alice);
        tag = rows.tag(alice, "Customer");
        rows.tagContact(alice, contact, tag);
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteAContact() {
        checks.assertHiddenAndUntouchable(alice, bob, row("contacts", contact), "notes = 'taken'");
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteATag() {
        checks.assertHiddenAndUntouchable(alice, bob, row("contact_tags", tag), "color = '#000000'");
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteATagAssignment() {
        checks.assertHiddenAndUntouchable(alice, bob, assignment(), "tag_id = tag_id");
    }

    @Test
    void nobodySeesContactsTagsOrAssignments() {
        checks.assertNobodySeesAnything(row("contacts", contact));
        checks.assertNobodySeesAnything(row("contact_tags", tag));
        checks.assertNobodySeesAnything(assignment());
    }

    @Test
    void adminReadsEveryonesContactsTagsAndAssignments() {
        ActingUser admin = users.create("admin");

        checks.assertAdminReads(admin, row("contacts", contact));
        checks.assertAdminReads(admin, row("contact_tags", tag));
        checks.assertAdminReads(admin, assignment());
    }

    @Test
    void refusesContactInsertedForAnotherUser() {
        assertRefusedByRowLevelSecurity("contacts", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into contacts (user_id, first_name) values (:alice, 'Planted')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void refusesTagInsertedForAnotherUser() {
        assertRefusedByRowLevelSecurity("contact_tags", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into contact_tags (user_id, name, color) values (:alice, 'Planted', '#000000')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void refusesTagAssignmentInsertedForAnotherUser() {
        UUID secondTag = rows.tag(alice, "VIP");

        assertRefusedByRowLevelSecurity("contacts_to_tags", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id) values (:contact, :tag, :alice)
                """).param("contact", contact).param("tag", secondTag).param("alice", alice.id()).update()));
    }

    private Row assignment() {
        return new Row("contacts_to_tags", "contact_id", contact);
    }
}
