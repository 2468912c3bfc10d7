package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A deal linked to the contact being kept while a merge moves the other contact's deals onto it.
 * The merge holds both contacts and then rewrites the deals; the edit held its deal and then needed
 * the kept contact for the foreign key. Had the edit taken its deal first, each would wait for the
 * other and PostgreSQL would end one as a deadlock. Repeated, because the two have to meet.
 */
@FoyerIntegrationTest
class ContactMergeWhileRelinkingApiTest {

    static final int ROUNDS = 60;

    @LocalServerPort
    int port;

    SignedInClient user;
    ExecutorService pool;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aDealRelinkedToTheKeptContactDuringAMergeEndsOnItAndBothAnswer() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            UUID kept = contact("Kate", "Kept " + round);
            UUID other = contact("Olive", "Other " + round);
            UUID deal = DealApi.create(user, DealApi.with(DealApi.deal("Linked " + round, "10"), "contactId", other.toString()));

            var start = new CountDownLatch(1);
            Future<ApiClient.Response> relink = pool.submit(after(start,
                    () -> user.patch("/api/deals/" + deal, Map.of("contactId", kept.toString()))));
            Future<ApiClient.Response> merge = pool.submit(after(start,
                    () -> user.post("/api/contacts/" + kept + "/merge", Map.of("otherId", other.toString()))));
            start.countDown();

            assertThat(relink.get().status()).as("round %d, the edit: %s", round, relink.get().raw().body()).isEqualTo(200);
            assertThat(merge.get().status()).as("round %d, the merge: %s", round, merge.get().raw().body()).isEqualTo(200);
            assertThat(DealApi.get(user, deal).path("contact").path("id").asString()).as("round %d", round).isEqualTo(kept.toString());
            assertThat(user.get("/api/contacts/" + other).status()).isEqualTo(404);
        }
    }

    private UUID contact(String first, String last) {
        var created = user.post("/api/contacts", Map.of("firstName", first, "lastName", last));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }

    private static Callable<ApiClient.Response> after(CountDownLatch start, Callable<ApiClient.Response> request) {
        return () -> {
            start.await();
            return request.call();
        };
    }
}
