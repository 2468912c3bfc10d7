package dev.foyer.realestate;

import static dev.foyer.SchemaChecks.assertViolates;
import static dev.foyer.SchemaChecks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SchemaChecks;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003's re_documents: property and deal documents. */
@FoyerIntegrationTest
class DocumentTableTest {

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
    void storesEveryColumn() {
        UUID property = rows.property(owner);
        UUID deal = rows.dealOnProperty(owner, property, "Negotiation");
        UUID document = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into re_documents (user_id, property_id, deal_id, title, type, file_url, file_size,
                                          content_type, uploaded_by, metadata)
                values (:owner, :property, :deal, 'Offer', 'counter_offer', 's3://docs/offer.pdf', 2048,
                        'application/pdf', :owner, '{"pages": 3}')
                returning id
                """).param("owner", owner.id()).param("property", property).param("deal", deal)
                .query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select property_id, deal_id, title, type::text as type, file_url, file_size, content_type,
                       uploaded_by, (metadata ->> 'pages')::int as pages, created_at = updated_at as stamped
                  from re_documents where id = :id
                """).param("id", document).query().singleRow());

        assertThat(stored).containsEntry("property_id", property).containsEntry("deal_id", deal)
                .containsEntry("title", "Offer").containsEntry("type", "counter_offer")
                .containsEntry("file_url", "s3://docs/offer.pdf").containsEntry("file_size", 2048)
                .containsEntry("content_type", "application/pdf").containsEntry("uploaded_by", owner.id())
                .containsEntry("pages", 3).containsEntry("stamped", true);
    }

    @Test
    void updateMovesUpdatedAt() {
        checks.assertUpdateMovesUpdatedAt(owner, row("re_documents", rows.document(owner)), "title = 'Renamed'");
    }

    @Test
    void refusesFileSizeOfZero() {
        UUID document = rows.document(owner);

        assertViolates("re_documents_file_size_check", () -> users.runAs(owner, () -> jdbc.sql(
                "update re_documents set file_size = 0 where id = :id").param("id", document).update()));
    }

    @Test
    void refusesTypeOutsideTheDocumentTypes() {
        UUID document = rows.document(owner);

        assertThatThrownBy(() -> users.runAs(owner, () -> jdbc.sql(
                "update re_documents set type = 'selfie' where id = :id").param("id", document).update()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("invalid input value for enum document_type");
    }

    @Test
    void refusesDocumentOnAnotherUsersPropertyOrDeal() {
        ActingUser other = users.create();
        UUID othersProperty = rows.property(other);
        UUID othersDeal = rows.deal(other);

        assertViolates("re_documents_property_fkey", () -> rows.document(owner, othersProperty, null));
        assertViolates("re_documents_deal_fkey", () -> rows.document(owner, null, othersDeal));
    }

    @Test
    void deletingPropertyOrDealKeepsTheDocumentUnlinked() {
        UUID property = rows.property(owner);
        UUID deal = rows.deal(owner);
        UUID document = rows.document(owner, property, deal);

        rows.delete(owner, "re_properties", property);
        rows.delete(owner, "deals", deal);

        Map<String, Object> links = users.inTransactionAs(owner, () -> jdbc.sql("""
                select property_id, deal_id, user_id from re_documents where id = :id
                """).param("id", document).query().singleRow());
        assertThat(links).containsEntry("property_id", null).containsEntry("deal_id", null)
                .containsEntry("user_id", owner.id());
    }

    @Test
    void deletingTheUploaderKeepsTheDocument() {
        ActingUser uploader = users.create();
        UUID document = rows.document(owner);
        users.runAs(owner, () -> jdbc.sql("update re_documents set uploaded_by = :uploader where id = :id")
                .param("uploader", uploader.id()).param("id", document).update());

        rows.deleteUser(uploader);

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql(
                "select uploaded_by is null from re_documents where id = :id")
                .param("id", document).query(Boolean.class).single())).isTrue();
    }

    @Test
    void deletingUserRemovesTheirDocuments() {
        ActingUser admin = users.create("admin");
        UUID document = rows.document(owner);

        rows.deleteUser(owner);

        assertThat(checks.count(admin, row("re_documents", document))).isZero();
    }
}
