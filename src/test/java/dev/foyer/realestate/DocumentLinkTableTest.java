package dev.foyer.realestate;

import static dev.foyer.SchemaChecks.assertViolates;
import static dev.foyer.SchemaChecks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/** Seed 003's lead documents and the property-document junction. */
@FoyerIntegrationTest
class DocumentLinkTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser owner;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        owner = users.create();
    }

    @Test
    void storesLeadDocument() {
        UUID lead = rows.lead(owner);
        UUID document = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into re_lead_documents (lead_id, title, type, file_url, file_size)
                values (:lead, '2024 return', 'tax_return', 's3://docs/tax.pdf', 512)
                returning id
                """).param("lead", lead).query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select lead_id, title, type::text as type, file_url, file_size, created_at = updated_at as stamped
                  from re_lead_documents where id = :id
                """).param("id", document).query().singleRow());

        assertThat(stored).containsEntry("lead_id", lead).containsEntry("title", "2024 return")
                .containsEntry("type", "tax_return").containsEntry("file_url", "s3://docs/tax.pdf")
                .containsEntry("file_size", 512).containsEntry("stamped", true);
    }

    @Test
    void leadDocumentUpdateMovesUpdatedAt() {
        UUID document = rows.leadDocument(owner, rows.lead(owner));

        checks.assertUpdateMovesUpdatedAt(owner, row("re_lead_documents", document), "type = 'poa'");
    }

    @Test
    void refusesLeadDocumentFileSizeOfZero() {
        UUID document = rows.leadDocument(owner, rows.lead(owner));

        assertViolates("re_lead_documents_file_size_check", () -> users.runAs(owner, () -> jdbc.sql(
                "update re_lead_documents set file_size = 0 where id = :id").param("id", document).update()));
    }

    @Test
    void deletingLeadRemovesItsDocuments() {
        UUID lead = rows.lead(owner);
        UUID document = rows.leadDocument(owner, lead);

        rows.delete(owner, "leads", lead);

        assertThat(checks.count(owner, row("re_lead_documents", document))).isZero();
    }

    @Test
    void linksDocumentToPropertyAsNotPrimaryByDefault() {
        UUID property = rows.property(owner);
        UUID document = rows.document(owner);

        rows.linkDocument(owner, property, document);

        Map<String, Object> link = users.inTransactionAs(owner, () -> jdbc.sql("""
                select property_id, is_primary, created_at is not null as stamped
                  from re_property_documents where document_id = :document
                """).param("document", document).query().singleRow());
        assertThat(link).containsEntry("property_id", property).containsEntry("is_primary", false)
                .containsEntry("stamped", true);
    }

    @Test
    void oneDocumentServesSeveralPropertiesOfAPackageDeal() {
        UUID document = rows.document(owner);
        rows.linkDocument(owner, rows.property(owner), document);
        rows.linkDocument(owner, rows.property(owner), document);

        assertThat(checks.count(owner, links("document_id", document))).isEqualTo(2);
    }

    @Test
    void refusesLinkingTheSameDocumentToAPropertyTwice() {
        UUID property = rows.property(owner);
        UUID document = rows.document(owner);
        rows.linkDocument(owner, property, document);

        assertViolates("re_property_documents_pkey", () -> rows.linkDocument(owner, property, document));
    }

    @Test
    void deletingPropertyRemovesItsLinksButKeepsTheDocument() {
        UUID property = rows.property(owner);
        UUID document = rows.document(owner);
        rows.linkDocument(owner, property, document);

        rows.delete(owner, "re_properties", property);

        assertThat(checks.count(owner, links("document_id", document))).isZero();
        assertThat(checks.count(owner, row("re_documents", document))).isEqualTo(1);
    }

    @Test
    void deletingDocumentRemovesItsLinks() {
        UUID property = rows.property(owner);
        UUID document = rows.document(owner);
        rows.linkDocument(owner, property, document);

        rows.delete(owner, "re_documents", document);

        assertThat(checks.count(owner, links("property_id", property))).isZero();
    }

    private static Row links(String column, UUID key) {
        return new Row("re_property_documents", column, key);
    }
}
