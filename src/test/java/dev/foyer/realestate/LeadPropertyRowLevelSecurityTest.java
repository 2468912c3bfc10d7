package dev.foyer.realestate;

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

/** Seed 003: users their own leads and properties, admins read all. */
@FoyerIntegrationTest
class LeadPropertyRowLevelSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SchemaChecks checks;
    ActingUser alice;
    ActingUser bob;
    UUID lead;
    UUID property;

    @BeforeEach
    void setUp() {
        var rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        alice = users.create();
        bob = users.create();
        lead = rows.lead(alice);
        property = rows.property(alice);
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteALead() {
        checks.assertHiddenAndUntouchable(alice, bob, row("leads", lead), "is_deleted = true");
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteAProperty() {
        checks.assertHiddenAndUntouchable(alice, bob, row("re_properties", property), "status = 'sold'");
    }

    @Test
    void nobodySeesLeadsOrProperties() {
        checks.assertNobodySeesAnything(row("leads", lead));
        checks.assertNobodySeesAnything(row("re_properties", property));
    }

    @Test
    void adminReadsEveryonesLeadsAndProperties() {
        ActingUser admin = users.create("admin");

        checks.assertAdminReads(admin, row("leads", lead));
        checks.assertAdminReads(admin, row("re_properties", property));
    }

    @Test
    void adminDoesNotChangeAnotherUsersLead() {
        ActingUser admin = users.create("admin");

        checks.assertReadOnlyFor(alice, admin, row("leads", lead), "score = 1");
    }

    @Test
    void refusesLeadInsertedForAnotherUser() {
        assertRefusedByRowLevelSecurity("leads", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into leads (user_id, name) values (:alice, 'Planted')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void refusesPropertyInsertedForAnotherUser() {
        assertRefusedByRowLevelSecurity("re_properties", () -> users.runAs(bob, () -> jdbc.sql("""
                insert into re_properties (user_id, address_line_1, city, state, zip)
                values (:alice, '1 Planted Rd', 'Perth', 'WA', '6000')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void refusesGivingOwnLeadToAnotherUser() {
        assertRefusedByRowLevelSecurity("leads", () -> users.runAs(alice, () -> jdbc.sql("""
                update leads set user_id = :bob where id = :id
                """).param("bob", bob.id()).param("id", lead).update()));
    }
}
