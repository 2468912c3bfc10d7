package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
import static dev.foyer.deals.DealApi.types;
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
import tools.jackson.databind.JsonNode;

/** Moving deals between stages, status following the stage, and every change kept in the timeline. */
@FoyerIntegrationTest
class DealTimelineApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;
    UUID deal;

    @BeforeEach
    void setUp() {
        user = SignedInClient.signUp(new ApiClient(port));
        deal = DealApi.create(user, deal("Cloud Migration", 50000));
    }

    @Test
    void creationIsTheFirstEventOfTheTimeline() {
        var events = events();

        assertThat(types(events)).containsExactly("created");
        assertThat(events.get(0).path("metadata").path("stage").asString()).isEqualTo("Prospecting");
        assertThat(events.get(0).path("createdBy").asString()).isEqualTo(user.userId().toString());
    }

    @Test
    void movingToClosedWonWinsTheDealAndRecordsTheMove() {
        var moved = user.post("/api/deals/" + deal + "/move", Map.of("stage", "Closed Won"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("status")).isEqualTo("won");
        assertThat(moved.text("closedAt")).isNotNull();
        var events = events();
        assertThat(types(events)).containsExactly("stage_changed", "created");
        assertThat(events.get(0).path("metadata").path("from").asString()).isEqualTo("Prospecting");
        assertThat(events.get(0).path("metadata").path("to").asString()).isEqualTo("Closed Won");
    }

    @Test
    void movingToClosedLostLosesItAndMovingBackReopensIt() {
        assertThat(user.post("/api/deals/" + deal + "/move", Map.of("stage", "Closed Lost")).text("status"))
                .isEqualTo("lost");

        var reopened = user.post("/api/deals/" + deal + "/move", Map.of("stage", "Negotiation"));

        assertThat(reopened.text("status")).isEqualTo("active");
        assertThat(reopened.text("closedAt")).isNull();
        assertThat(types(events())).containsExactly("stage_changed", "stage_changed", "created");
    }

    @Test
    void aPatchOfStageAndOtherFieldsRecordsTheMoveAndTheEditInOrder() {
        var patched = user.patch("/api/deals/" + deal, Map.of("stage", "Proposal", "value", "62000.00",
                "title", "Cloud Migration"));

        assertThat(patched.text("stage")).isEqualTo("Proposal");
        var events = events();
        assertThat(types(events)).containsExactly("updated", "stage_changed", "created");
        var fields = events.get(0).path("metadata").path("fields");
        assertThat(fields.propertyNames()).containsExactly("value");
        assertThat(fields.path("value").path("from").asString()).isEqualTo("50000.00");
        assertThat(fields.path("value").path("to").asString()).isEqualTo("62000.00");
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        user.patch("/api/deals/" + deal, Map.of("title", "Cloud Migration", "value", 50000, "stage", "Prospecting"));
        user.post("/api/deals/" + deal + "/move", Map.of("stage", "Prospecting"));

        assertThat(types(events())).containsExactly("created");
    }

    @Test
    void clearingAFieldIsRecordedWithItsOldValue() {
        user.patch("/api/deals/" + deal, Map.of("description", "Phase one"));

        user.patch("/api/deals/" + deal, Map.of("clear", List.of("description")));

        var cleared = events().get(0).path("metadata").path("fields").path("description");
        assertThat(cleared.path("from").asString()).isEqualTo("Phase one");
        assertThat(cleared.path("to").isNull()).isTrue();
    }

    @Test
    void timelineIsPaginatedNewestFirst() {
        for (String stage : List.of("Qualification", "Proposal", "Negotiation")) {
            user.post("/api/deals/" + deal + "/move", Map.of("stage", stage));
        }

        var page = user.get("/api/deals/" + deal + "/events?limit=2&offset=1").json();

        assertThat(page.path("total").asLong()).isEqualTo(4);
        var tos = new ArrayList<String>();
        page.path("items").forEach(e -> tos.add(e.path("metadata").path("to").asString()));
        assertThat(tos).containsExactly("Proposal", "Qualification");
    }

    private List<JsonNode> events() {
        return DealApi.events(user, deal);
    }
}
