package dev.foyer.contacts;

import static dev.foyer.SchemaChecks.assertViolates;
import static dev.foyer.SchemaChecks.row;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 004's contacts table: columns, the name rule, and what deleting a contact or a user does. */
@FoyerIntegrationTest
class ContactTableTest {

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
    void storesEveryColumnAndStampsCreationTime() {
        UUID id = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name, email, phone, company, job_title, notes)
                values (:owner, 'Sarah', 'Chen', 'sarah.chen@example.com', '+61 412 345 678',
                        'TechCorp Australia', 'CTO', 'Met at DevConf 2024.')
                returning id
                """).param("owner", owner.id()).query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select user_id, first_name, last_name, email, phone, company, job_title, notes,
                       created_at is not null and created_at = updated_at as stamped
                  from contacts where id = :id
                """).param("id", id).query().singleRow());

        assertThat(stored).containsEntry("user_id", owner.id())
                .containsEntry("first_name", "Sarah").containsEntry("last_name", "Chen")
                .containsEntry("email", "sarah.chen@example.com").containsEntry("phone", "+61 412 345 678")
                .containsEntry("company", "TechCorp Australia").containsEntry("job_title", "CTO")
                .containsEntry("notes", "Met at DevConf 2024.").containsEntry("stamped", true);
    }

    @Test
    void updateMovesUpdatedAt() {
        checks.assertUpdateMovesUpdatedAt(owner, row("contacts", rows.contact(owner)), "company = 'Acme'");
    }

    @Test
    void acceptsAFirstNameOrALastNameAlone() {
        assertThat(insertContact("Sarah", null)).isNotNull();
        assertThat(insertContact(null, "Chen")).isNotNull();
    }

    @Test
    void refusesAContactWithoutAnyName() {
        assertViolates("contacts_name_required", () -> insertContact(null, null));
    }

    @Test
    void refusesBlankNamesAsNoName() {
        assertViolates("contacts_name_required", () -> insertContact("  ", ""));
    }

    @Test
    void deletingContactKeepsDealUnlinked() {
        UUID contact = rows.contact(owner);
        UUID deal = rows.deal(owner, "Proposal", contact, null, null);

        rows.delete(owner, "contacts", contact);

        assertThat(dealContact(deal)).containsExactly((UUID) null);
    }

    @Test
    void deletingUserRemovesTheirContactsTagsAndDeals() {
        ActingUser admin = users.create("admin");
        UUID contact = rows.contact(owner);
        UUID tag = rows.tag(owner, "VIP");
        rows.tagContact(owner, contact, tag);
        UUID deal = rows.deal(owner, "Negotiation", contact, null, null);

        rows.deleteUser(owner);

        assertThat(checks.count(admin, row("contacts", contact))).isZero();
        assertThat(checks.count(admin, row("contact_tags", tag))).isZero();
        assertThat(checks.count(admin, new SchemaChecks.Row("contacts_to_tags", "tag_id", tag))).isZero();
        assertThat(checks.count(admin, row("deals", deal))).isZero();
    }

    private UUID insertContact(String firstName, String lastName) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into contacts (user_id, first_name, last_name)
                values (:owner, :first, :last)
                returning id
                """).param("owner", owner.id()).param("first", firstName).param("last", lastName)
                .query(UUID.class).single());
    }

    private java.util.List<UUID> dealContact(UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select contact_id from deals where id = :id")
                .param("id", deal).query((rs, n) -> rs.getObject(1, UUID.class)).list());
    }
}
