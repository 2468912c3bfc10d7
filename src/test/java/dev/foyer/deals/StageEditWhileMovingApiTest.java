package dev.foyer.deals;

import static dev.foyer.deals.DealArchiveApiTest.column;
import static dev.foyer.deals.DealArchiveApiTest.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A stage renamed, or given another outcome, while a card leaves it. The stage edit holds the
 * user's stages and then rewrites the deals in the stage; the move holds its card and then needs
 * the stage it goes to. Had the move taken its card first, each would wait for the other and
 * PostgreSQL would end one as a deadlock. Repeated, because the two have to meet.
 */
@FoyerIntegrationTest
class StageEditWhileMovingApiTest {

    static final int ROUNDS = 60;

    @LocalServerPort
    int port;

    SignedInClient user;
    Race race;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
        race = new Race();
    }

    @AfterEach
    void stop() {
        race.close();
    }

    @Test
    void aCardMovedOutOfAStageBeingRenamedLandsAndTheStageIsRenamed() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            String lane = "Lane " + round;
            var stage = user.post("/api/stages", Map.of("name", lane));
            assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
            UUID stageId = DealApi.stageId(user, lane);
            UUID leaving = DealApi.create(user, "Leaving " + round, "10", "AUD", lane);
            DealApi.create(user, "Staying " + round, "10", "AUD", lane);

            var both = race.run(
                    () -> user.patch("/api/stages/" + stageId, Map.of("name", lane + " renamed")),
                    () -> user.post("/api/deals/" + leaving + "/move", Map.of("stage", "Proposal")));

            assertThat(both[0].status()).as("round %d, the rename: %s", round, both[0].raw().body()).isEqualTo(200);
            assertThat(both[1].status()).as("round %d, the move: %s", round, both[1].raw().body()).isEqualTo(200);
            var board = user.get("/api/pipeline?limit=100").json();
            assertThat(titles(column(board, "Proposal"))).contains("Leaving " + round);
            assertThat(titles(column(board, lane + " renamed"))).containsExactly("Staying " + round);
        }
    }

    @Test
    void aCardPlacedOutOfAStageWhoseOutcomeChangesLandsAndTheStayingDealFollowsTheOutcome() throws Exception {
        UUID anchor = DealApi.create(user, "Anchor", "10", "AUD", "Proposal");
        for (int round = 1; round <= ROUNDS; round++) {
            String lane = "Lane " + round;
            user.post("/api/stages", Map.of("name", lane));
            UUID stageId = DealApi.stageId(user, lane);
            UUID leaving = DealApi.create(user, "Leaving " + round, "10", "AUD", lane);
            UUID staying = DealApi.create(user, "Staying " + round, "10", "AUD", lane);

            var both = race.run(
                    () -> user.patch("/api/stages/" + stageId, Map.of("outcome", "won")),
                    () -> user.post("/api/deals/" + leaving + "/move",
                            Map.of("stage", "Proposal", "beforeId", anchor.toString())));

            assertThat(both[0].status()).as("round %d, the outcome: %s", round, both[0].raw().body()).isEqualTo(200);
            assertThat(both[1].status()).as("round %d, the move: %s", round, both[1].raw().body()).isEqualTo(200);
            assertThat(DealApi.get(user, leaving).path("status").asString()).isEqualTo("active");
            assertThat(DealApi.get(user, staying).path("status").asString()).isEqualTo("won");
        }
    }
}
