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

/** The pipeline board: stages in order, counts and totals per currency, each column paginated. */
@FoyerIntegrationTest
class PipelineApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void everyStageIsAColumnInOrderWithItsCountAndTotalsPerCurrency() {
        DealApi.create(user, "Enterprise License", "100.00", "AUD", "Prospecting");
        DealApi.create(user, "Consulting Package", "200.50", "AUD", "Prospecting");
        DealApi.create(user, "US Expansion", "300", "USD", "Prospecting");
        DealApi.create(user, "Berlin Office", "50", "EUR", "Proposal");
        DealApi.create(user, "Cloud Migration", "1000", "AUD", "Closed Won");
        var otherUser = SignedInClient.signUp(new ApiClient(port));
        DealApi.create(otherUser, "Someone else's", "999", "AUD", "Prospecting");

        var columns = user.get("/api/pipeline").json().path("columns");

        assertThat(names(columns)).containsExactly("Prospecting", "Qualification", "Proposal", "Negotiation",
                "Closed Won", "Closed Lost");
        var prospecting = columns.get(0);
        assertThat(prospecting.path("count").asLong()).isEqualTo(3);
        assertThat(amounts(prospecting.path("totals"))).containsExactly(Map.entry("AUD", "300.50"),
                Map.entry("USD", "300.00"));
        assertThat(prospecting.path("deals").size()).isEqualTo(3);
        assertThat(prospecting.path("deals").get(0).path("title").asString()).isEqualTo("US Expansion");
        assertThat(columns.get(1).path("count").asLong()).isZero();
        assertThat(columns.get(1).path("totals").size()).isZero();
        assertThat(amounts(columns.get(2).path("totals"))).containsExactly(Map.entry("EUR", "50.00"));
        assertThat(columns.get(4).path("stage").path("outcome").asString()).isEqualTo("won");
        assertThat(amounts(columns.get(4).path("totals"))).containsExactly(Map.entry("AUD", "1000.00"));
    }

    @Test
    void eachColumnIsPaginatedOnItsOwn() {
        for (int i = 1; i <= 5; i++) {
            DealApi.create(user, "Lead " + i, "10", "AUD", "Prospecting");
        }
        for (int i = 1; i <= 3; i++) {
            DealApi.create(user, "Pitch " + i, "10", "AUD", "Proposal");
        }
        UUID prospecting = DealApi.stageId(user, "Prospecting");

        var board = user.get("/api/pipeline?limit=2&offset." + prospecting + "=2").json().path("columns");

        assertThat(titles(board.get(0))).containsExactly("Lead 3", "Lead 2");
        assertThat(board.get(0).path("offset").asInt()).isEqualTo(2);
        assertThat(board.get(0).path("count").asLong()).isEqualTo(5);
        assertThat(titles(board.get(2))).containsExactly("Pitch 3", "Pitch 2");

        var lastPage = user.get("/api/pipeline/" + prospecting + "?limit=2&offset=4").json();
        assertThat(titles(lastPage)).containsExactly("Lead 1");
        assertThat(lastPage.path("stage").path("name").asString()).isEqualTo("Prospecting");
        assertThat(lastPage.path("count").asLong()).isEqualTo(5);
    }

    @Test
    void badColumnParametersAreRefusedNamingThem() {
        UUID stage = DealApi.stageId(user, "Prospecting");

        assertThat(user.get("/api/pipeline?offset.nope=2").errorFields()).containsExactly("offset.nope");
        assertThat(user.get("/api/pipeline?offset." + stage + "=-1").errorFields())
                .containsExactly("offset." + stage);
        assertThat(user.get("/api/pipeline?limit=500").errorFields()).containsExactly("limit");
        assertThat(user.get("/api/pipeline/" + stage + "?offset=-1").errorFields()).containsExactly("offset");
    }

    private static List<String> names(JsonNode columns) {
        var names = new ArrayList<String>();
        columns.forEach(c -> names.add(c.path("stage").path("name").asString()));
        return names;
    }

    private static List<String> titles(JsonNode column) {
        var titles = new ArrayList<String>();
        column.path("deals").forEach(d -> titles.add(d.path("title").asString()));
        return titles;
    }
}
