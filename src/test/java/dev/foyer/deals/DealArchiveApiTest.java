package dev.foyer.deals;

import static dev.foyer.deals.DealApi.amounts;
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

/** Archiving a deal takes it off the board and the dashboard; unarchiving brings it back as its stage says. */
@FoyerIntegrationTest
class DealArchiveApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void anArchivedDealLeavesTheBoardTheDashboardAndItsTotals() {
        UUID villa = DealApi.create(user, "Villa", "500000", "AUD", "Proposal");
        DealApi.create(user, "Flat", "100000", "AUD", "Proposal");
        assertThat(amounts(user.get("/api/dashboard").json().path("openPipelineValue")))
                .containsExactly(Map.entry("AUD", "600000.00"));

        var archived = user.post("/api/deals/" + villa + "/archive", Map.of());

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.text("status")).isEqualTo("archived");
        assertThat(archived.text("stage")).isEqualTo("Proposal");
        var proposal = column(user.get("/api/pipeline").json(), "Proposal");
        assertThat(titles(proposal)).containsExactly("Flat");
        assertThat(proposal.path("count").asLong()).isEqualTo(1);
        assertThat(amounts(proposal.path("totals"))).containsExactly(Map.entry("AUD", "100000.00"));
        var dashboard = user.get("/api/dashboard").json();
        assertThat(amounts(dashboard.path("openPipelineValue"))).containsExactly(Map.entry("AUD", "100000.00"));
        assertThat(dashboard.path("activeDeals").asLong()).isEqualTo(1);
        var list = user.get("/api/deals?status=archived").json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("title").asString()).isEqualTo("Villa");
    }

    @Test
    void unarchivingRestoresTheStatusTheStageGivesAndPutsTheCardBackOnTop() {
        UUID won = DealApi.create(user, "Sold house", "300000", "AUD", "Closed Won");
        UUID open = DealApi.create(user, "Open house", "200000", "AUD", "Negotiation");
        DealApi.create(user, "Later deal", "100000", "AUD", "Negotiation");
        user.post("/api/deals/" + won + "/archive", Map.of());
        user.post("/api/deals/" + open + "/archive", Map.of());

        var restoredWon = user.post("/api/deals/" + won + "/unarchive", Map.of());
        var restoredOpen = user.post("/api/deals/" + open + "/unarchive", Map.of());

        assertThat(restoredWon.status()).isEqualTo(200);
        assertThat(restoredWon.text("status")).isEqualTo("won");
        assertThat(restoredOpen.text("status")).isEqualTo("active");
        assertThat(titles(column(user.get("/api/pipeline").json(), "Negotiation")))
                .containsExactly("Open house", "Later deal");
        assertThat(amounts(user.get("/api/dashboard").json().path("openPipelineValue")))
                .containsExactly(Map.entry("AUD", "300000.00"));
    }

    @Test
    void archiveAndUnarchiveAreIdempotentAndEachChangeIsOnTheTimeline() {
        UUID deal = DealApi.create(user, "Cottage", "90000", "AUD", "Qualification");

        user.post("/api/deals/" + deal + "/archive", Map.of());
        var again = user.post("/api/deals/" + deal + "/archive", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("status")).isEqualTo("archived");
        user.post("/api/deals/" + deal + "/unarchive", Map.of());
        var unarchivedAgain = user.post("/api/deals/" + deal + "/unarchive", Map.of());
        assertThat(unarchivedAgain.status()).isEqualTo(200);
        assertThat(unarchivedAgain.text("status")).isEqualTo("active");

        var events = user.get("/api/deals/" + deal + "/events").json();
        assertThat(types(events)).containsExactly("unarchived", "archived", "created");
        assertThat(events.path("items").get(0).path("metadata").path("status").asString()).isEqualTo("active");
        assertThat(events.path("items").get(1).path("metadata").path("stage").asString()).isEqualTo("Qualification");
    }

    @Test
    void anUnknownDealIs404() {
        UUID unknown = UUID.randomUUID();

        assertThat(user.post("/api/deals/" + unknown + "/archive", Map.of()).status()).isEqualTo(404);
        assertThat(user.post("/api/deals/" + unknown + "/unarchive", Map.of()).status()).isEqualTo(404);
    }

    static JsonNode column(JsonNode board, String stage) {
        for (JsonNode column : board.path("columns")) {
            if (column.path("stage").path("name").asString().equals(stage)) {
                return column;
            }
        }
        throw new AssertionError("no column " + stage);
    }

    static List<String> titles(JsonNode column) {
        var titles = new ArrayList<String>();
        column.path("deals").forEach(d -> titles.add(d.path("title").asString()));
        return titles;
    }

    private static List<String> types(JsonNode events) {
        var types = new ArrayList<String>();
        events.path("items").forEach(e -> types.add(e.path("type").asString()));
        return types;
    }
}
