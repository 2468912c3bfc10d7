package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
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

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void aDealRelinkedToTheKeptContactDuringAMergeEndsOnItAndBothAnswer() throws Exception {
        try (var race = new Race()) {
            for (int round = 1; round <= ROUNDS; round++) {
                UUID kept = contact("Kate", "Kept " + round);
                UUID other = contact("Olive", "Other " + round);
                UUID deal = DealApi.create(user, DealApi.with(DealApi.deal("Linked " + round, "10"), "contactId", other.toString()));

                var both = race.run(
                        () -> user.patch("/api/deals/" + deal, Map.of("contactId", kept.toString())),
                        () -> user.post("/api/contacts/" + kept + "/merge", Map.of("otherId", other.toString())));

                assertThat(both[0].status()).as("round %d, the edit: %s", round, both[0].raw().body()).isEqualTo(200);
                assertThat(both[1].status()).as("round %d, the merge: %s", round, both[1].raw().body()).isEqualTo(200);
                assertThat(DealApi.get(user, deal).path("contact").path("id").asString()).as("round %d", round)
                        .isEqualTo(kept.toString());
                assertThat(user.get("/api/contacts/" + other).status()).isEqualTo(404);
            }
        }
    }

    private UUID contact(String first, String last) {
        var created = user.post("/api/contacts", Map.of("firstName", first, "lastName", last));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }
}
