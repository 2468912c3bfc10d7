package dev.foyer.platform;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003's encrypted API keys: one per service per user, the owner's alone, admins read only. */
@FoyerIntegrationTest
class ApiKeyTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SchemaChecks checks;
    ActingUser alice;

    @BeforeEach
    void setUp() {
        checks = new SchemaChecks(jdbc, users);
        alice = users.create();
    }

    @Test
    void storesCiphertextNonceSaltAndStatus() {
        UUID key = insertKey(alice, "openai", "healthy");

        Map<String, Object> stored = users.inTransactionAs(alice, () -> jdbc.sql("""
                select user_id, service, key_ciphertext, nonce, salt, status, last_checked,
                       created_at = updated_at as stamped
                  from api_keys where id = :id
                """).param("id", key).query().singleRow());

        assertThat(stored).containsEntry("user_id", alice.id()).containsEntry("service", "openai")
                .containsEntry("key_ciphertext", "c1ph3r").containsEntry("nonce", "n0nce")
                .containsEntry("salt", "s4lt").containsEntry("status", "healthy")
                .containsEntry("last_checked", null).containsEntry("stamped", true);
    }

    @Test
    void updateMovesUpdatedAt() {
        checks.assertUpdateMovesUpdatedAt(alice, row("api_keys", insertKey(alice, "stripe", "active")),
                "status = 'unhealthy', last_checked = now()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "stripe", "twilio", "sendgrid"})
    void acceptsTheFourServices(String service) {
        assertThat(insertKey(alice, service, null)).isNotNull();
    }

    @Test
    void refusesUnknownService() {
        assertViolates("api_keys_service_check", () -> insertKey(alice, "mailchimp", "active"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", "healthy", "unhealthy", "inactive"})
    void acceptsTheFourStatuses(String status) {
        assertThat(insertKey(users.create(), "twilio", status)).isNotNull();
    }

    @Test
    void refusesUnknownStatus() {
        assertViolates("api_keys_status_check", () -> insertKey(alice, "twilio", "broken"));
    }

    @Test
    void refusesSecondKeyForOneServiceOfOneUser() {
        insertKey(alice, "sendgrid", "active");

        assertViolates("idx_api_keys_user_service_unique", () -> insertKey(alice, "sendgrid", "inactive"));
    }

    @Test
    void anotherUserHasTheirOwnKeyForTheSameService() {
        insertKey(alice, "openai", "active");

        assertThat(insertKey(users.create(), "openai", "active")).isNotNull();
    }

    @Test
    void anotherUserCannotSeeChangeOrDeleteAKey() {
        UUID key = insertKey(alice, "openai", "active");

        checks.assertHiddenAndUntouchable(alice, users.create(), row("api_keys", key), "key_ciphertext = 'x'");
    }

    @Test
    void adminReadsButNeverChangesAKey() {
        UUID key = insertKey(alice, "openai", "active");

        checks.assertReadOnlyFor(alice, users.create("admin"), row("api_keys", key), "status = 'inactive'");
    }

    @Test
    void nobodySeesKeys() {
        checks.assertNobodySeesAnything(row("api_keys", insertKey(alice, "openai", "active")));
    }

    @Test
    void refusesKeyInsertedForAnotherUserEvenByAnAdmin() {
        assertRefusedByRowLevelSecurity("api_keys", () -> users.runAs(users.create("admin"), () -> jdbc.sql("""
                insert into api_keys (user_id, service, key_ciphertext) values (:alice, 'openai', 'x')
                """).param("alice", alice.id()).update()));
    }

    @Test
    void deletingUserRemovesTheirKeys() {
        ActingUser admin = users.create("admin");
        UUID key = insertKey(alice, "twilio", "active");

        new SeedRows(jdbc, users).deleteUser(alice);

        assertThat(checks.count(admin, row("api_keys", key))).isZero();
    }

    private UUID insertKey(ActingUser owner, String service, String status) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into api_keys (user_id, service, key_ciphertext, nonce, salt, status)
                values (:owner, :service, 'c1ph3r', 'n0nce', 's4lt', :status)
                returning id
                """).param("owner", owner.id()).param("service", service).param("status", status)
                .query(UUID.class).single());
    }
}
