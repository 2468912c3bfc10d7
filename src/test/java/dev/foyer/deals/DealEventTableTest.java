package dev.foyer.deals;

import static dev.foyer.SchemaChecks.assertNotNullViolation;
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

/** Seed 003's deal timeline. */
@FoyerIntegrationTest
class DealEventTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser owner;
    UUID deal;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        owner = users.create();
        deal = rows.deal(owner);
    }

    @Test
    void storesEventWithJsonMetadataAndAuthor() {
        UUID event = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deal_events (deal_id, event_type, description, metadata, created_by)
                values (:deal, 'status_changed', 'Moved to Proposal', '{"from": "Qualification", "to": "Proposal"}', :owner)
                returning id
                """).param("deal", deal).param("owner", owner.id()).query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select deal_id, event_type, description, metadata ->> 'to' as moved_to, created_by,
                       created_at is not null as stamped
                  from deal_events where id = :id
                """).param("id", event).query().singleRow());

        assertThat(stored).containsEntry("deal_id", deal).containsEntry("event_type", "status_changed")
                .containsEntry("description", "Moved to Proposal").containsEntry("moved_to", "Proposal")
                .containsEntry("created_by", owner.id()).containsEntry("stamped", true);
    }

    @Test
    void refusesEventWithoutType() {
        assertNotNullViolation("deal_events", "event_type", () -> users.runAs(owner, () -> jdbc.sql("""
                insert into deal_events (deal_id, event_type) values (:deal, null)
                """).param("deal", deal).update()));
    }

    @Test
    void deletingDealRemovesItsEvents() {
        UUID event = rows.dealEvent(owner, deal);

        rows.delete(owner, "deals", deal);

        assertThat(checks.count(users.create("admin"), row("deal_events", event))).isZero();
    }

    @Test
    void deletingTheAuthorKeepsTheEventWithoutAuthor() {
        ActingUser author = users.create();
        UUID event = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deal_events (deal_id, event_type, created_by) values (:deal, 'note_added', :author)
                returning id
                """).param("deal", deal).param("author", author.id()).query(UUID.class).single());

        rows.deleteUser(author);

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("""
                select created_by is null from deal_events where id = :id
                """).param("id", event).query(Boolean.class).single())).isTrue();
    }
}
