package dev.foyer.deals;

import static dev.foyer.SchemaChecks.assertRefusedByRowLevelSecurity;
import static dev.foyer.SchemaChecks.row;

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

/** Deals are their owner's (seeds 003 and 004); deal events follow their deal (seed 003). */
@FoyerIntegrationTest
class DealRowLevelSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser alice;
    ActingUser bob;
    UUID deal;
    UUID event;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        alice = users.create();
        bob = users.create();
        deal = rows.deal(alice, "Proposal");
        event = rows.dealEvent(alice, deal);
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteADeal() {
        checks.assertHiddenAndUntouchable(alice, bob, row("deals", deal), "value = 1");
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteTheEventsOfADeal() {
        checks.assertHiddenAndUntouchable(alice, bob, row("deal_events", event), "description = 'rewritten'");
    }

    @Test
    void nobodySeesDealsOrEvents() {
        checks.assertNobodySeesAnything(row("deals", deal));
        checks.assertNobodySeesAnything(row("deal_events", event));
    }

    @Test
    void adminReadsEveryonesDealsAndEvents() {
        ActingUser admin = users.create("admin");

        checks.assertAdminReads(admin, row("deals", deal));
        checks.assertAdminReads(admin, row("deal_events", event));
    }

    @Test
    void refusesDealInsertedForAnotherUser() {
        assertRefusedByRowLevelSecurity("deals", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into deals (user_id, title, value, stage) values (:alice, 'Planted', 1, 'Prospecting')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void refusesEventAddedToAnotherUsersDeal() {
        assertRefusedByRowLevelSecurity("deal_events", () -> rows.dealEvent(bob, deal));
    }

    @Test
    void refusesMovingOwnEventOntoAnotherUsersDeal() {
        UUID bobsEvent = rows.dealEvent(bob, rows.deal(bob));

        assertRefusedByRowLevelSecurity("deal_events", () -> users.runAs(bob, () -> jdbc.sql("""
                update deal_events set deal_id = :deal where id = :id
                """).param("deal", deal).param("id", bobsEvent).update()));
    }
}
