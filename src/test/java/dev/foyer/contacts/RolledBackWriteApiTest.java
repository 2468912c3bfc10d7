package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.LockWaits;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A write the database rolls back to end a deadlock is answered 503 with Retry-After, not 500: the
 * whole transaction is undone, and the same request sent again goes through. The deadlock is a real
 * one, made by a connection of the test's own that takes a contact's two rows (its search entry,
 * then the contact) in the order opposite to an edit's.
 */
@FoyerIntegrationTest
class RolledBackWriteApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    SignedInClient alice;
    UUID contact;
    ExecutorService pool;

    @BeforeEach
    void signUp() {
        alice = SignedInClient.signUp(new ApiClient(port));
        contact = UUID.fromString(alice.post("/api/contacts",
                Map.of("firstName", "Dana", "lastName", "Locke", "company", "Before")).text("id"));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void anEditChosenToEndADeadlockIs503WithRetryAfterAndSavesNothing() throws Exception {
        ApiClient.Response edit;
        try (Connection other = LockWaits.superuser(jdbc)) {
            other.setAutoCommit(false);
            // The edit is the one to wait out its deadlock_timeout first (1 s), so it is the one
            // PostgreSQL rolls back; this connection waits far longer before it looks.
            execute(other, "set deadlock_timeout = '60s'");
            execute(other, "select 1 from contact_search where contact_id = '" + contact + "' for update");
            // The edit takes the contact's row, then waits in the search trigger for the entry held here.
            Future<ApiClient.Response> sent = pool.submit(() -> alice.patch("/api/contacts/" + contact,
                    Map.of("company", "After")));
            LockWaits.awaitWaiting(other, 1, sent);
            // This now waits for the edit's contact row: each waits for the other.
            Future<?> crossing = pool.submit(() -> {
                execute(other, "select 1 from contacts where id = '" + contact + "' for update");
                return null;
            });

            edit = sent.get(20, TimeUnit.SECONDS);
            crossing.get(20, TimeUnit.SECONDS);
            other.rollback();
        }

        assertThat(edit.status()).isEqualTo(503);
        assertThat(edit.header("Retry-After")).isEqualTo("1");
        assertThat(edit.text("type")).isEqualTo("/problems/busy");
        assertThat(edit.text("detail")).contains("nothing was saved");
        assertThat(alice.get("/api/contacts/" + contact).text("company")).isEqualTo("Before");

        var again = alice.patch("/api/contacts/" + contact, Map.of("company", "After"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(alice.get("/api/contacts/" + contact).text("company")).isEqualTo("After");
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
