package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.LockWaits;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An edit that meets another change of the same contact keeps that change: it reads the contact
 * after the other commits, not before, since it writes every column back.
 */
@FoyerIntegrationTest
class ContactEditWhileChangedApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    SignedInClient alice;
    UUID contact;
    ExecutorService pool;

    @BeforeEach
    void signUp() {
        alice = SignedInClient.signUp(new ApiClient(port));
        contact = UUID.fromString(alice.post("/api/contacts", Map.of("firstName", "Kim", "lastName", "Kept")).text("id"));
        pool = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void anEditOfTheNotesWhileTheEmailIsBeingFilledKeepsTheEmail() throws Exception {
        Future<ApiClient.Response> edit;
        // What a merge does to the kept contact: fills its empty email, in a transaction still open.
        try (Connection other = LockWaits.actingAs(dataSource, alice.userId())) {
            try (var fill = other.prepareStatement("update contacts set email = 'kim@example.com' where id = ?")) {
                fill.setObject(1, contact);
                assertThat(fill.executeUpdate()).isEqualTo(1);
            }
            edit = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("notes", "Call on Monday")));
            LockWaits.awaitWaiting(other, 1, edit);
            other.commit();
        }

        assertThat(edit.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        var saved = alice.get("/api/contacts/" + contact);
        assertThat(saved.text("notes")).isEqualTo("Call on Monday");
        assertThat(saved.text("email")).isEqualTo("kim@example.com");
    }
}
