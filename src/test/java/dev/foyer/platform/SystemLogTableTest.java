package dev.foyer.platform;

import static dev.foyer.SchemaChecks.assertViolates;
import static dev.foyer.SchemaChecks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SchemaChecks;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 003's system logs: anyone appends, only admins read, nobody edits. A log row has no owner,
 * so rows are found by a marker in their message.
 */
@FoyerIntegrationTest
class SystemLogTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SchemaChecks checks;
    ActingUser admin;
    ActingUser alice;
    String marker;

    @BeforeEach
    void setUp() {
        checks = new SchemaChecks(jdbc, users);
        admin = users.create("admin");
        alice = users.create();
        marker = "log " + UUID.randomUUID();
    }

    @ParameterizedTest
    @ValueSource(strings = {"debug", "info", "warning", "error", "critical"})
    void anyUserAppendsEachLevel(String level) {
        users.runAs(alice, () -> append(level));

        assertThat(readAs(admin)).containsEntry("level", level).containsEntry("source", "trigger")
                .containsEntry("message", marker).containsEntry("stamped", true).containsEntry("ip", "10.0.0.1");
    }

    @Test
    void aRequestWithoutUserAppendsToo() {
        users.inTransactionAsNobody(() -> append("warning"));

        assertThat(readAs(admin)).containsEntry("level", "warning");
    }

    @Test
    void refusesUnknownLevel() {
        assertViolates("system_logs_level_check", () -> users.runAs(alice, () -> append("fatal")));
    }

    @Test
    void usersAndNobodyReadNoLogs() {
        users.runAs(admin, () -> append("info"));
        UUID id = users.inTransactionAs(admin, () -> jdbc.sql("select id from system_logs where message = :m")
                .param("m", marker).query(UUID.class).single());

        assertThat(checks.count(alice, row("system_logs", id))).isZero();
        checks.assertNobodySeesAnything(row("system_logs", id));
    }

    @Test
    void evenAnAdminCannotEditOrDeleteALog() {
        users.runAs(alice, () -> append("error"));
        UUID id = users.inTransactionAs(admin, () -> jdbc.sql("select id from system_logs where message = :m")
                .param("m", marker).query(UUID.class).single());

        checks.assertReadOnlyFor(admin, admin, row("system_logs", id), "message = 'covered up'");
    }

    private int append(String level) {
        return jdbc.sql("""
                insert into system_logs (level, source, message, details)
                values (:level, 'trigger', :message, '{"ip": "10.0.0.1"}')
                """).param("level", level).param("message", marker).update();
    }

    private Map<String, Object> readAs(ActingUser reader) {
        return users.inTransactionAs(reader, () -> jdbc.sql("""
                select level, source, message, details ->> 'ip' as ip, created_at is not null as stamped
                  from system_logs where message = :message
                """).param("message", marker).query().singleRow());
    }
}
