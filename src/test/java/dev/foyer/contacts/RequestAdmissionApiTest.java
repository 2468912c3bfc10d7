package dev.foyer.contacts;

import static dev.foyer.LockWaits.awaitWaiting;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Two requests at work at once, here: two edits of a contact whose row the test holds locked keep
 * both places taken, and what comes next waits its turn, through the contacts' own endpoints. A
 * body or a form still on its way and a sign-in take no place; the access token is checked in the
 * request's turn.
 */
@FoyerIntegrationTest
@TestPropertySource(properties = {"foyer.requests.at-once=2", "foyer.requests.max-wait=3s"})
class RequestAdmissionApiTest {

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
        contact = UUID.fromString(alice.post("/api/contacts", Map.of("firstName", "Held", "lastName", "Row")).text("id"));
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aThirdRequestWaitsForOneOfTheTwoAtWorkAndThenIsAnswered() throws Exception {
        Future<ApiClient.Response> list;
        Future<ApiClient.Response> first;
        Future<ApiClient.Response> second;
        try (Connection lock = holdContactRow()) {
            first = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "First")));
            second = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "Second")));
            awaitWaiting(lock, 2, first, second);
            list = pool.submit(() -> alice.get("/api/contacts"));

            // Not answered while both places are taken (the list alone takes a few milliseconds).
            Thread.sleep(500);
            assertThat(list).isNotDone();
            // What spends its time on a client's connection does not wait: an upload, a streamed
            // download, and the health check.
            var files = new ContactFiles(port, alice);
            assertThat(files.importCsv("First Name,Last Name\nUp,Loaded\n").status()).isEqualTo(200);
            var export = files.export("");
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body()).contains("Up,Loaded");
            assertThat(alice.get("/actuator/health").status()).isEqualTo(200);
            assertThat(list).isNotDone();
            lock.rollback();
        }

        assertThat(list.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(list.get().json().path("total").asLong()).isEqualTo(2);
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void aRequestThatWaitedTooLongIsAnswered503WithRetryAfterAndChangesNothing() throws Exception {
        ApiClient.Response refused;
        try (Connection lock = holdContactRow()) {
            var first = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "First")));
            var second = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "Second")));
            awaitWaiting(lock, 2, first, second);

            refused = alice.post("/api/contacts", Map.of("firstName", "Turned", "lastName", "Away"));
            lock.rollback();
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.text("type")).isEqualTo("/problems/busy");
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var names = alice.get("/api/contacts?q=Away").json().path("items");
        assertThat(names).as("the refused contact was never created").isEmpty();
    }

    @Test
    void clientsSendingTheirBodiesSlowlyHoldNoTurn() throws Exception {
        String body = "{\"company\": \"Slowly Sent\"}";
        try (Socket first = startSending(body); Socket second = startSending(body)) {
            // Both are in, their bodies half sent; were they holding the two turns, this would wait
            // out max-wait and be answered 503.
            var list = alice.get("/api/contacts");
            assertThat(list.status()).isEqualTo(200);

            assertThat(finishSending(first, body)).isEqualTo("HTTP/1.1 200 ");
            assertThat(finishSending(second, body)).isEqualTo("HTTP/1.1 200 ");
        }
        assertThat(alice.get("/api/contacts/" + contact).text("company")).isEqualTo("Slowly Sent");
    }

    @Test
    void clientsSendingTheirFormsSlowlyHoldNoTurn() throws Exception {
        String form = "name=Slowly+Sent&_csrf=none";
        try (Socket first = startSendingForm("/pipeline/stages", form);
             Socket second = startSendingForm("/pipeline/stages", form)) {
            var list = alice.get("/api/contacts");
            assertThat(list.status()).isEqualTo(200);

            // Sent whole, a form from no session is refused.
            assertThat(finishSending(first, form)).isEqualTo("HTTP/1.1 403 ");
            assertThat(finishSending(second, form)).isEqualTo("HTTP/1.1 403 ");
        }
    }

    @Test
    void aRequestTakesItsTurnBeforeItsAccessTokenIsChecked() throws Exception {
        Future<ApiClient.Response> refused;
        try (Connection lock = holdContactRow()) {
            var first = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "First")));
            var second = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "Second")));
            awaitWaiting(lock, 2, first, second);

            // Checking a token is work of its own (a statement, for one that parses), done in the turn.
            refused = pool.submit(() -> alice.api().get("/api/contacts", "not-a-token"));
            Thread.sleep(500);
            assertThat(refused).isNotDone();
            lock.rollback();
        }

        assertThat(refused.get(10, TimeUnit.SECONDS).status()).isEqualTo(401);
    }

    @Test
    void aBodyCutOffIsAnsweredAsIfNothingHadBeenReadAhead() throws Exception {
        // Half the body, then the client stops sending: reading ahead fails, and the handler meets
        // the failure where it reads the body, as it would have with nothing read ahead. Had the
        // failure left the filter, the servlet container would answer with an HTML page of its own.
        try (Socket cutOff = startSending("{\"company\": \"Never Sent Whole\"}")) {
            cutOff.shutdownOutput();
            var answer = new BufferedReader(new InputStreamReader(cutOff.getInputStream(), StandardCharsets.UTF_8));

            assertThat(answer.readLine()).isEqualTo("HTTP/1.1 400 ");
            assertThat(answer.lines().takeWhile(line -> !line.isEmpty()))
                    .contains("Content-Type: application/json");
        }
        assertThat(alice.get("/api/contacts/" + contact).text("company")).isNull();
        assertThat(alice.get("/api/contacts").status()).as("the server goes on").isEqualTo(200);
    }

    @Test
    void signingInDoesNotWaitForATurn() throws Exception {
        try (Connection lock = holdContactRow()) {
            var first = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "First")));
            var second = pool.submit(() -> alice.patch("/api/contacts/" + contact, Map.of("company", "Second")));
            awaitWaiting(lock, 2, first, second);

            var signedIn = SignedInClient.signUp(new ApiClient(port));

            assertThat(signedIn.accessToken()).isNotBlank();
            lock.rollback();
        }
    }

    /** A PATCH of the contact with its headers and half its body sent, the rest held back. */
    private Socket startSending(String body) throws Exception {
        return startSending("PATCH /api/contacts/" + contact, "Authorization: Bearer " + alice.accessToken()
                + "\r\nContent-Type: application/json", body);
    }

    /** A page's form, posted as a browser with no session would, half sent. */
    private Socket startSendingForm(String path, String form) throws Exception {
        return startSending("POST " + path, "Content-Type: application/x-www-form-urlencoded", form);
    }

    private Socket startSending(String requestLine, String headers, String body) throws Exception {
        var socket = new Socket("localhost", port);
        socket.setSoTimeout(10_000);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = requestLine + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(bytes, 0, body.length() / 2);
        socket.getOutputStream().flush();
        return socket;
    }

    /** Sends the half of the body {@link #startSending} held back; the answer's status line. */
    private static String finishSending(Socket slow, String body) throws Exception {
        slow.getOutputStream().write(body.substring(body.length() / 2).getBytes(StandardCharsets.UTF_8));
        slow.getOutputStream().flush();
        return new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** The contact's row, locked by a transaction of the test's own until it rolls back. */
    private Connection holdContactRow() throws Exception {
        Connection connection = LockWaits.actingAs(dataSource, alice.userId());
        try (var lock = connection.prepareStatement("select 1 from contacts where id = ? for update")) {
            lock.setObject(1, contact);
            assertThat(lock.executeQuery().next()).isTrue();
        }
        return connection;
    }
}
