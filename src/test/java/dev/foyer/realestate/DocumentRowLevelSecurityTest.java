package dev.foyer.realestate;

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

/**
 * Seed 003: documents are their owner's; lead documents follow their lead and property-document
 * links follow their property, and a link joins only the user's own property and document.
 */
@FoyerIntegrationTest
class DocumentRowLevelSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser alice;
    ActingUser bob;
    UUID lead;
    UUID leadDocument;
    UUID property;
    UUID document;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        alice = users.create();
        bob = users.create();
        lead = rows.lead(alice);
        leadDocument = rows.leadDocument(alice, lead);
        property = rows.property(alice);
        document = rows.document(alice, property, null);
        rows.linkDocument(alice, property, document);
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteADocument() {
        checks.assertHiddenAndUntouchable(alice, bob, row("re_documents", document), "title = 'Mine now'");
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteALeadDocument() {
        checks.assertHiddenAndUntouchable(alice, bob, row("re_lead_documents", leadDocument), "file_size = 1");
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteAPropertyDocumentLink() {
        checks.assertHiddenAndUntouchable(alice, bob, link(), "is_primary = true");
    }

    @Test
    void nobodySeesDocumentsOrLinks() {
        checks.assertNobodySeesAnything(row("re_documents", document));
        checks.assertNobodySeesAnything(row("re_lead_documents", leadDocument));
        checks.assertNobodySeesAnything(link());
    }

    @Test
    void adminReadsEveryonesDocumentsAndLinks() {
        ActingUser admin = users.create("admin");

        checks.assertAdminReads(admin, row("re_documents", document));
        checks.assertAdminReads(admin, row("re_lead_documents", leadDocument));
        checks.assertAdminReads(admin, link());
    }

    @Test
    void refusesDocumentInsertedForAnotherUser() {
        assertRefusedByRowLevelSecurity("re_documents", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into re_documents (user_id, title, type, file_url) values (:alice, 'Planted', 'other', 'x')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void refusesDocumentAddedToAnotherUsersLead() {
        assertRefusedByRowLevelSecurity("re_lead_documents", () -> rows.leadDocument(bob, lead));
    }

    @Test
    void refusesLinkingAnotherUsersProperty() {
        UUID bobsDocument = rows.document(bob);

        assertRefusedByRowLevelSecurity("re_property_documents", () -> rows.linkDocument(bob, property, bobsDocument));
    }

    @Test
    void refusesLinkingAnotherUsersDocument() {
        UUID bobsProperty = rows.property(bob);

        assertRefusedByRowLevelSecurity("re_property_documents", () -> rows.linkDocument(bob, bobsProperty, document));
    }

    @Test
    void refusesRepointingOwnLinkToAnotherUsersDocument() {
        UUID bobsProperty = rows.property(bob);
        UUID bobsDocument = rows.document(bob);
        rows.linkDocument(bob, bobsProperty, bobsDocument);

        assertRefusedByRowLevelSecurity("re_property_documents", () -> users.runAs(bob, () -> jdbc.sql("""
                update re_property_documents set document_id = :document where property_id = :property
                """).param("document", document).param("property", bobsProperty).update()));
    }

    private Row link() {
        return new Row("re_property_documents", "document_id", document);
    }
}
