package dev.foyer.deals;

import static dev.foyer.deals.DealArchiveApiTest.column;
import static dev.foyer.deals.DealArchiveApiTest.titles;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A column's page names the card just above it and the card just below it, so that a card at the
 * page's edge moves up or down one place as any other card does, past the page's edge.
 */
@FoyerIntegrationTest
class DealMoveAcrossPagesApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;
    UUID a;
    UUID b;
    UUID c;
    UUID d;
    UUID e;
    UUID prospecting;

    /** Created in this order, so the column reads E, D, C, B, A: pages of two are (E, D), (C, B), (A). */
    @BeforeEach
    void fiveCards() {
        user = SignedInClient.signUp(new ApiClient(port));
        var other = SignedInClient.signUp(new ApiClient(port));
        a = DealApi.create(user, "A", "10", "AUD", "Prospecting");
        b = DealApi.create(user, "B", "10", "AUD", "Prospecting");
        DealApi.create(other, "Theirs", "10", "AUD", "Prospecting");
        c = DealApi.create(user, "C", "10", "AUD", "Prospecting");
        d = DealApi.create(user, "D", "10", "AUD", "Prospecting");
        DealApi.create(other, "Also theirs", "10", "AUD", "Prospecting");
        e = DealApi.create(user, "E", "10", "AUD", "Prospecting");
        prospecting = DealApi.stageId(user, "Prospecting");
    }

    @Test
    void eachPageNamesTheUsersOwnCardsJustAboveAndBelowIt() {
        var first = page(0);
        var second = page(2);
        var last = page(4);

        assertThat(titles(first)).containsExactly("E", "D");
        assertThat(id(first, "aboveId")).as("the top of the column").isNull();
        assertThat(id(first, "belowId")).isEqualTo(c);
        assertThat(titles(second)).containsExactly("C", "B");
        assertThat(id(second, "aboveId")).isEqualTo(d);
        assertThat(id(second, "belowId")).isEqualTo(a);
        assertThat(titles(last)).containsExactly("A");
        assertThat(id(last, "aboveId")).isEqualTo(b);
        assertThat(id(last, "belowId")).as("the bottom of the column").isNull();
        var board = column(user.get("/api/pipeline?limit=2&offset." + prospecting + "=2").json(), "Prospecting");
        assertThat(id(board, "aboveId")).as("the board's pages as the column's").isEqualTo(d);
        assertThat(id(board, "belowId")).isEqualTo(a);
    }

    @Test
    void upOnTheFirstCardOfThePageAfterMovesItAboveTheLastCardOfThePageBefore() {
        var second = page(2);

        var moved = move(c, "beforeId", id(second, "aboveId"));

        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(prospecting()).containsExactly("E", "C", "D", "B", "A");
        assertThat(titles(page(2))).containsExactly("D", "B");
        assertThat(user.get("/api/deals/" + c + "/events").json().path("total").asLong())
                .as("a reorder is not a stage change").isEqualTo(1);
    }

    @Test
    void downOnTheLastCardOfAPageMovesItBelowTheFirstCardOfThePageAfter() {
        var first = page(0);

        var moved = move(d, "afterId", id(first, "belowId"));

        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(prospecting()).containsExactly("E", "C", "D", "B", "A");
        assertThat(titles(page(0))).containsExactly("E", "C");
    }

    @Test
    void anotherUsersCardAsNeighbourIs404AsTheirCardsAre() {
        var intruder = SignedInClient.signUp(new ApiClient(port));
        UUID mine = DealApi.create(intruder, "Mine", "10", "AUD", "Prospecting");

        var refused = intruder.post("/api/deals/" + mine + "/move", Map.of("stage", "Prospecting", "beforeId", d.toString()));
        var theirs = intruder.post("/api/deals/" + c + "/move", Map.of("stage", "Prospecting", "beforeId", mine.toString()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(prospecting()).containsExactly("E", "D", "C", "B", "A");
    }

    private JsonNode page(int offset) {
        var page = user.get("/api/pipeline/" + prospecting + "?limit=2&offset=" + offset);
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        return page.json();
    }

    private static UUID id(JsonNode column, String field) {
        var node = column.path(field);
        return node.isMissingNode() || node.isNull() ? null : UUID.fromString(node.asString());
    }

    private ApiClient.Response move(UUID deal, String field, UUID neighbour) {
        return user.post("/api/deals/" + deal + "/move", Map.of("stage", "Prospecting", field, neighbour.toString()));
    }

    private List<String> prospecting() {
        return titles(column(user.get("/api/pipeline").json(), "Prospecting"));
    }
}
