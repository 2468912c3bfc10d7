package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
import static dev.foyer.deals.DealApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Custom pipelines through /api/stages: add, rename, reorder and remove, from the six defaults. */
@FoyerIntegrationTest
class StageApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void theSixDefaultsComeInOrderWithTheirOutcomesAndDealCounts() {
        DealApi.create(user, deal("Enterprise License", 5000));

        var stages = user.get("/api/stages").json();

        assertThat(names()).containsExactly("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won",
                "Closed Lost");
        assertThat(stages.get(0).path("dealCount").asLong()).isEqualTo(1);
        assertThat(stages.get(4).path("outcome").asString()).isEqualTo("won");
        assertThat(stages.get(5).path("outcome").asString()).isEqualTo("lost");
    }

    @Test
    void aNewStageIsAppendedAtTheEnd() {
        var created = user.post("/api/stages", Map.of("name", "On hold", "color", "#6B7280"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/stages/" + created.text("id"));
        assertThat(created.text("outcome")).isEqualTo("open");
        assertThat(created.json().path("position").asInt()).isEqualTo(6);
        assertThat(names()).endsWith("Closed Lost", "On hold");
        assertThat(DealApi.create(user, with(deal("Parked", 10), "stage", "On hold"))).isNotNull();
    }

    @Test
    void aDuplicateNameIsAConflictNamingName() {
        var refused = user.post("/api/stages", Map.of("name", "Proposal"));
        var renamed = user.patch("/api/stages/" + DealApi.stageId(user, "Qualification"), Map.of("name", "Proposal"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("name");
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.errorFields()).containsExactly("name");
        assertThat(names()).hasSize(6);
    }

    @Test
    void badStageInputIsRefusedNamingEachField() {
        var refused = user.post("/api/stages", Map.of("name", " ", "color", "blue", "outcome", "maybe"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "color", "outcome");
        assertThat(user.post("/api/stages", Map.of("name", "x".repeat(61))).errorFields()).containsExactly("name");
    }

    @Test
    void aBadStagePatchIsRefusedNamingEachFieldAndChangesNothing() {
        UUID deal = DealApi.create(user, with(deal("Annual Support", 25000), "stage", "Proposal"));
        String path = "/api/stages/" + DealApi.stageId(user, "Proposal");

        var refused = user.patch(path, Map.of("name", " ", "color", "blue", "outcome", "maybe"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "color", "outcome");
        assertThat(user.patch(path, Map.of("name", "", "outcome", "won")).errorFields()).containsExactly("name");
        assertThat(user.patch(path, Map.of("color", "#12345", "outcome", "won")).errorFields())
                .containsExactly("color");
        assertThat(user.patch(path, Map.of("outcome", "WON")).errorFields()).containsExactly("outcome");
        var stage = user.get(path).json();
        assertThat(stage.path("name").asString()).isEqualTo("Proposal");
        assertThat(stage.path("color").asString()).isEqualTo("#8B5CF6");
        assertThat(stage.path("outcome").asString()).isEqualTo("open");
        assertThat(DealApi.get(user, deal).path("status").asString()).isEqualTo("active");
        assertThat(user.get("/api/deals/" + deal + "/events").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aMalformedStageIdIsRefusedNamingId() {
        for (var refused : List.of(user.get("/api/stages/not-a-uuid"), user.delete("/api/stages/42"),
                user.patch("/api/stages/42", Map.of("name", "New")))) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("id");
        }
        assertThat(names()).hasSize(6);
    }

    @Test
    void renamingAStageTakesItsDealsAlong() {
        UUID deal = DealApi.create(user, with(deal("Annual Support", 25000), "stage", "Proposal"));

        var renamed = user.patch("/api/stages/" + DealApi.stageId(user, "Proposal"), Map.of("name", "Quote sent"));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Quote sent");
        assertThat(DealApi.get(user, deal).path("stage").asString()).isEqualTo("Quote sent");
    }

    @Test
    void changingAStagesOutcomeChangesItsDealsStatus() {
        UUID deal = DealApi.create(user, with(deal("Annual Support", 25000), "stage", "Negotiation"));

        user.patch("/api/stages/" + DealApi.stageId(user, "Negotiation"), Map.of("outcome", "won"));

        assertThat(DealApi.get(user, deal).path("status").asString()).isEqualTo("won");
    }

    @Test
    void reorderingPutsTheStagesInTheGivenOrder() {
        var ids = stageIds();
        var reordered = new ArrayList<>(List.of(ids.get(1), ids.get(0), ids.get(2), ids.get(3), ids.get(5), ids.get(4)));

        var answer = user.put("/api/stages/order", Map.of("ids", reordered));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(names()).containsExactly("Qualification", "Prospecting", "Proposal", "Negotiation", "Closed Lost",
                "Closed Won");
        assertThat(answer.json().get(0).path("position").asInt()).isZero();
    }

    @Test
    void newDealsGoToTheFirstOpenStageWhateverComesFirst() {
        var ids = stageIds();
        user.put("/api/stages/order", Map.of("ids", List.of(ids.get(4), ids.get(5), ids.get(2), ids.get(0), ids.get(1),
                ids.get(3))));

        UUID deal = DealApi.create(user, deal("Enterprise License", 5000));

        assertThat(DealApi.get(user, deal).path("stage").asString()).isEqualTo("Proposal");
    }

    @Test
    void reorderingMustNameEveryStageOnce() {
        var ids = stageIds();

        var missing = user.put("/api/stages/order", Map.of("ids", ids.subList(0, 5)));
        var twice = user.put("/api/stages/order", Map.of("ids", List.of(ids.get(0), ids.get(0), ids.get(1), ids.get(2),
                ids.get(3), ids.get(4))));
        var empty = user.put("/api/stages/order", Map.of("ids", List.of()));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("ids");
        assertThat(twice.errorFields()).containsExactly("ids");
        assertThat(empty.errorFields()).containsExactly("ids");
        assertThat(stageIds()).isEqualTo(ids);
    }

    @Test
    void aStageWithDealsCannotBeRemovedUntilTheyMove() {
        UUID deal = DealApi.create(user, with(deal("Annual Support", 25000), "stage", "Negotiation"));
        UUID negotiation = DealApi.stageId(user, "Negotiation");

        var refused = user.delete("/api/stages/" + negotiation);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("dealCount");
        assertThat(refused.json().path("detail").asString()).startsWith("1 deal is in this stage");
        assertThat(names()).contains("Negotiation");

        user.post("/api/deals/" + deal + "/move", Map.of("stage", "Proposal"));

        assertThat(user.delete("/api/stages/" + negotiation).status()).isEqualTo(204);
        assertThat(names()).doesNotContain("Negotiation");
        assertThat(user.get("/api/stages/" + negotiation).status()).isEqualTo(404);
    }

    @Test
    void theLastOpenStageCannotBeRemovedOrClosed() {
        for (String name : List.of("Prospecting", "Qualification", "Proposal")) {
            assertThat(user.delete("/api/stages/" + DealApi.stageId(user, name)).status()).isEqualTo(204);
        }
        UUID last = DealApi.stageId(user, "Negotiation");

        var removed = user.delete("/api/stages/" + last);
        var closed = user.patch("/api/stages/" + last, Map.of("outcome", "won"));

        assertThat(removed.status()).isEqualTo(409);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.errorFields()).containsExactly("outcome");
        assertThat(names()).containsExactly("Negotiation", "Closed Won", "Closed Lost");
    }

    private List<String> names() {
        var names = new ArrayList<String>();
        user.get("/api/stages").json().forEach(s -> names.add(s.path("name").asString()));
        return names;
    }

    private List<UUID> stageIds() {
        var ids = new ArrayList<UUID>();
        user.get("/api/stages").json().forEach(s -> ids.add(UUID.fromString(s.path("id").asString())));
        return ids;
    }
}
