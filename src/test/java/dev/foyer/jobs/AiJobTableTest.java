package dev.foyer.jobs;

import static dev.foyer.SchemaChecks.assertRefusedByRowLevelSecurity;
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

/** Seed 003's AI job queue: columns, defaults, cascade from the deal, and access through the deal. */
@FoyerIntegrationTest
class AiJobTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser alice;
    ActingUser bob;
    UUID deal;
    UUID job;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        alice = users.create();
        bob = users.create();
        deal = rows.deal(alice);
        job = rows.aiJob(alice, deal);
    }

    @Test
    void queuesJobWithNoAttemptsYet() {
        Map<String, Object> stored = users.inTransactionAs(alice, () -> jdbc.sql("""
                select deal_id, job_type, status::text as status, attempts, created_at is not null as stamped,
                       started_at, completed_at
                  from ai_jobs where id = :id
                """).param("id", job).query().singleRow());

        assertThat(stored).containsEntry("deal_id", deal).containsEntry("job_type", "property_valuation")
                .containsEntry("status", "queued").containsEntry("attempts", 0).containsEntry("stamped", true)
                .containsEntry("started_at", null).containsEntry("completed_at", null);
    }

    @Test
    void storesJsonInputOutputAndError() {
        users.runAs(alice, () -> jdbc.sql("""
                update ai_jobs
                   set status = 'failed', attempts = 3, input_data = '{"url": "s3://docs/a.pdf"}',
                       output_data = '{"pages": 0}', error_message = 'timeout', started_at = now(), completed_at = now()
                 where id = :id
                """).param("id", job).update());

        Map<String, Object> stored = users.inTransactionAs(alice, () -> jdbc.sql("""
                select status::text as status, attempts, input_data ->> 'url' as url,
                       (output_data ->> 'pages')::int as pages, error_message, completed_at >= started_at as ordered
                  from ai_jobs where id = :id
                """).param("id", job).query().singleRow());

        assertThat(stored).containsEntry("status", "failed").containsEntry("attempts", 3)
                .containsEntry("url", "s3://docs/a.pdf").containsEntry("pages", 0)
                .containsEntry("error_message", "timeout").containsEntry("ordered", true);
    }

    @Test
    void refusesNegativeAttempts() {
        assertViolates("ai_jobs_attempts_check", () -> users.runAs(alice, () -> jdbc.sql(
                "update ai_jobs set attempts = -1 where id = :id").param("id", job).update()));
    }

    @Test
    void deletingDealRemovesItsJobs() {
        rows.delete(alice, "deals", deal);

        assertThat(checks.count(users.create("admin"), row("ai_jobs", job))).isZero();
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteAJob() {
        checks.assertHiddenAndUntouchable(alice, bob, row("ai_jobs", job), "status = 'cancelled'");
    }

    @Test
    void nobodySeesJobs() {
        checks.assertNobodySeesAnything(row("ai_jobs", job));
    }

    @Test
    void adminReadsEveryonesJobs() {
        checks.assertAdminReads(users.create("admin"), row("ai_jobs", job));
    }

    @Test
    void refusesJobQueuedForAnotherUsersDeal() {
        assertRefusedByRowLevelSecurity("ai_jobs", () -> rows.aiJob(bob, deal));
    }

    @Test
    void refusesJobWithoutADealFromAUser() {
        assertRefusedByRowLevelSecurity("ai_jobs", () -> users.runAs(alice, () -> jdbc.sql(
                "insert into ai_jobs (job_type) values ('document_analysis')").update()));
    }
}
