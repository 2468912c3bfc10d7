package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
 * The progress of a running import, as its user's page polls it. The import is held where it
 * writes its contacts by a connection of the test's own that locks the table against inserts, so
 * the file is read whole and the import still running when the test asks.
 */
@FoyerIntegrationTest
class ContactImportProgressApiTest {

    private static final String PROGRESS = "/api/contacts/import/progress";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    SignedInClient alice;
    ExecutorService pool;

    @BeforeEach
    void signUp() {
        alice = SignedInClient.signUp(new ApiClient(port));
        pool = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void withNoImportRunningTheAnswerIsEmpty() {
        var answer = alice.get(PROGRESS);

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.raw().body()).isEmpty();
    }

    @Test
    void aRunningImportTellsItsUserTheRowsAndBytesReadAndNobodyElse() throws Exception {
        var csv = new StringBuilder("First Name,Last Name,Company\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("Person,").append(i).append(",Company ").append(i % 97).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        var bob = SignedInClient.signUp(alice.api());

        ApiClient.Response during;
        ApiClient.Response bobsView;
        ContactFiles.Upload result;
        try (Connection other = LockWaits.superuser(jdbc)) {
            other.setAutoCommit(false);
            try (var lock = other.createStatement()) {
                lock.execute("lock table contacts in share mode");
            }
            Future<ContactFiles.Upload> sent = pool.submit(() -> new ContactFiles(port, alice).importCsv(file, null));
            LockWaits.awaitWaiting(other, 1, sent);

            during = alice.get(PROGRESS);
            bobsView = bob.get(PROGRESS);
            other.rollback();
            result = sent.get(60, TimeUnit.SECONDS);
        }

        assertThat(during.status()).isEqualTo(200);
        assertThat(during.text("phase")).isEqualTo("saving");
        assertThat(during.json().path("rowsRead").asLong()).isEqualTo(5_000);
        assertThat(during.json().path("bytesRead").asLong()).isEqualTo(file.length);
        assertThat(during.json().path("totalBytes").asLong()).isEqualTo(file.length);
        assertThat(during.json().path("percent").asInt()).isEqualTo(100);
        assertThat(bobsView.status()).as("another user's import is none of theirs").isEqualTo(204);
        assertThat(result.count("imported")).isEqualTo(5_000);
        assertThat(alice.get(PROGRESS).status()).as("over once answered").isEqualTo(204);
        assertThat(bob.get("/api/contacts").json().path("total").asLong()).isZero();
    }
}
