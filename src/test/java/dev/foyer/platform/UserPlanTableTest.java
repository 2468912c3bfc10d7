package dev.foyer.platform;

import static dev.foyer.SchemaChecks.assertRefusedByRowLevelSecurity;
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

/** Seed 003's plans: one per user, visible to its user, written by admins only. */
@FoyerIntegrationTest
class UserPlanTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SchemaChecks checks;
    ActingUser admin;
    ActingUser alice;

    @BeforeEach
    void setUp() {
        checks = new SchemaChecks(jdbc, users);
        admin = users.create("admin");
        alice = users.create();
    }

    @Test
    void adminGivesAUserTheFreePlanByDefault() {
        UUID plan = users.inTransactionAs(admin, () -> jdbc.sql("""
                insert into user_plans (user_id, stripe_customer_id, status) values (:alice, 'cus_1', 'active')
                returning id
                """).param("alice", alice.id()).query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(alice, () -> jdbc.sql("""
                select user_id, plan_name, stripe_customer_id, stripe_subscription_id, status,
                       created_at = updated_at as stamped
                  from user_plans where id = :id
                """).param("id", plan).query().singleRow());

        assertThat(stored).containsEntry("user_id", alice.id()).containsEntry("plan_name", "free")
                .containsEntry("stripe_customer_id", "cus_1").containsEntry("stripe_subscription_id", null)
                .containsEntry("status", "active").containsEntry("stamped", true);
    }

    @Test
    void adminUpdateMovesUpdatedAt() {
        UUID plan = givePlan(alice, "pro");

        checks.assertUpdateMovesUpdatedAt(admin, row("user_plans", plan),
                "plan_name = 'enterprise', current_period_start = now(), current_period_end = now() + interval '30 days'");
    }

    @Test
    void refusesUnknownPlanName() {
        assertViolates("user_plans_plan_name_check", () -> givePlan(alice, "platinum"));
    }

    @Test
    void refusesSecondPlanForOneUser() {
        givePlan(alice, "free");

        assertViolates("idx_user_plans_user_unique", () -> givePlan(alice, "pro"));
    }

    @Test
    void userSeesOwnPlanButNotAnotherUsers() {
        UUID plan = givePlan(alice, "pro");

        assertThat(checks.count(alice, row("user_plans", plan))).isEqualTo(1);
        assertThat(checks.count(users.create(), row("user_plans", plan))).isZero();
    }

    @Test
    void userCannotChangeOrDeleteOwnPlan() {
        UUID plan = givePlan(alice, "free");

        checks.assertReadOnlyFor(admin, alice, row("user_plans", plan), "plan_name = 'enterprise'");
    }

    @Test
    void userCannotGiveThemselvesAPlan() {
        assertRefusedByRowLevelSecurity("user_plans", () -> users.runAs(alice, () -> jdbc.sql("""
                insert into user_plans (user_id, plan_name) values (:alice, 'enterprise')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void adminChangesAndDeletesPlans() {
        UUID plan = givePlan(alice, "free");

        int changed = users.inTransactionAs(admin, () -> jdbc.sql(
                "update user_plans set plan_name = 'pro' where id = :id").param("id", plan).update());
        int deleted = users.inTransactionAs(admin, () -> jdbc.sql(
                "delete from user_plans where id = :id").param("id", plan).update());

        assertThat(changed).isEqualTo(1);
        assertThat(deleted).isEqualTo(1);
    }

    @Test
    void nobodySeesPlans() {
        checks.assertNobodySeesAnything(row("user_plans", givePlan(alice, "free")));
    }

    @Test
    void deletingUserRemovesTheirPlan() {
        UUID plan = givePlan(alice, "pro");

        new SeedRows(jdbc, users).deleteUser(alice);

        assertThat(checks.count(admin, new Row("user_plans", "id", plan))).isZero();
    }

    private UUID givePlan(ActingUser user, String planName) {
        return users.inTransactionAs(admin, () -> jdbc.sql("""
                insert into user_plans (user_id, plan_name) values (:user, :plan) returning id
                """).param("user", user.id()).param("plan", planName).query(UUID.class).single());
    }
}
