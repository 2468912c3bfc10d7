package dev.foyer.realestate;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003's leads: score range and one live lead per email and per phone for each user. */
@FoyerIntegrationTest
class LeadTableTest {

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
    void storesLeadWithNewStatusNoTagsAndNotDeletedByDefault() {
        UUID workspace = UUID.randomUUID();
        UUID lead = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into leads (user_id, workspace_id, name, phone, email, company, score, opt_status)
                values (:owner, :workspace, 'Pat Seller', '+61400000001', 'pat@example.com', 'Pat Pty', 80, 'opted_in')
                returning id
                """).param("owner", owner.id()).param("workspace", workspace).query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select workspace_id, name, phone, email, company, score, opt_status::text as opt_status,
                       status::text as status, cardinality(tags) as tag_count, is_deleted,
                       created_at = updated_at as stamped
                  from leads where id = :id
                """).param("id", lead).query().singleRow());

        assertThat(stored).containsEntry("workspace_id", workspace).containsEntry("name", "Pat Seller")
                .containsEntry("phone", "+61400000001").containsEntry("email", "pat@example.com")
                .containsEntry("company", "Pat Pty").containsEntry("score", 80)
                .containsEntry("opt_status", "opted_in").containsEntry("status", "new")
                .containsEntry("tag_count", 0).containsEntry("is_deleted", false).containsEntry("stamped", true);
    }

    @Test
    void storesTagsAsATextArray() {
        UUID lead = rows.lead(owner);
        users.runAs(owner, () -> jdbc.sql("update leads set tags = array['probate', 'motivated'] where id = :id")
                .param("id", lead).update());

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("""
                select count(*) from leads where id = :id and tags @> array['probate']
                """).param("id", lead).query(Integer.class).single())).isEqualTo(1);
    }

    @Test
    void updateMovesUpdatedAt() {
        checks.assertUpdateMovesUpdatedAt(owner, row("leads", rows.lead(owner)), "status = 'qualified'");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void refusesScoreOutsideZeroToHundred(int score) {
        assertViolates("leads_score_check", () -> setScore(rows.lead(owner), score));
    }

    @Test
    void acceptsScoreAtBothBounds() {
        UUID lead = rows.lead(owner);

        assertThat(setScore(lead, 0) + setScore(lead, 100)).isEqualTo(2);
    }

    @Test
    void refusesSecondLiveLeadWithTheSameEmailIgnoringCase() {
        rows.lead(owner, "Pat@Example.com", null);

        assertViolates("idx_leads_email_unique", () -> rows.lead(owner, "pat@example.COM", null));
    }

    @Test
    void refusesSecondLiveLeadWithTheSamePhone() {
        rows.lead(owner, null, "+61400000002");

        assertViolates("idx_leads_phone_unique", () -> rows.lead(owner, null, "+61400000002"));
    }

    @Test
    void softDeletedLeadFreesItsEmailAndPhone() {
        UUID deleted = rows.lead(owner, "gone@example.com", "+61400000003");
        users.runAs(owner, () -> jdbc.sql("update leads set is_deleted = true where id = :id")
                .param("id", deleted).update());

        assertThat(rows.lead(owner, "gone@example.com", "+61400000003")).isNotNull();
    }

    @Test
    void anotherUserMayHaveALeadWithTheSameEmailAndPhone() {
        rows.lead(owner, "shared@example.com", "+61400000004");

        assertThat(rows.lead(users.create(), "shared@example.com", "+61400000004")).isNotNull();
    }

    @Test
    void leadsWithoutEmailOrPhoneDoNotClash() {
        rows.lead(owner);

        assertThat(rows.lead(owner)).isNotNull();
    }

    @Test
    void deletingUserRemovesTheirLeads() {
        ActingUser admin = users.create("admin");
        UUID lead = rows.lead(owner);

        rows.deleteUser(owner);

        assertThat(checks.count(admin, row("leads", lead))).isZero();
    }

    private int setScore(UUID lead, int score) {
        return users.inTransactionAs(owner, () -> jdbc.sql("update leads set score = :score where id = :id")
                .param("score", score).param("id", lead).update());
    }
}
