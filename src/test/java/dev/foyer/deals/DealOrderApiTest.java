package dev.foyer.deals;

import static dev.foyer.deals.DealArchiveApiTest.column;
import static dev.foyer.deals.DealArchiveApiTest.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The order of the cards in a pipeline column is the user's: new ones on top, the rest where they were put. */
@FoyerIntegrationTest
class DealOrderApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;
    UUID first;
    UUID second;
    UUID third;

    /** Created in this order, so the column reads Third, Second, First. */
    @BeforeEach
    void threeCards() {
        user = SignedInClient.signUp(new ApiClient(port));
        first = DealApi.create(user, "First", "10", "AUD", "Prospecting");
        second = DealApi.create(user, "Second", "10", "AUD", "Prospecting");
        third = DealApi.create(user, "Third", "10", "AUD", "Prospecting");
    }

    @Test
    void aNewDealGoesOnTopOfItsColumn() {
        assertThat(prospecting()).containsExactly("Third", "Second", "First");

        DealApi.create(user, "Fourth", "10", "AUD", "Prospecting");

        assertThat(prospecting()).containsExactly("Fourth", "Third", "Second", "First");
    }

    @Test
    void aCardPlacedBetweenTwoStaysThereAndTheTimelineShowsNoMove() {
        var moved = move(third, "Prospecting", "afterId", second);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(prospecting()).containsExactly("Second", "Third", "First");
        assertThat(move(first, "Prospecting", "beforeId", second).status()).isEqualTo(200);
        assertThat(prospecting()).containsExactly("First", "Second", "Third");
        assertThat(user.get("/api/deals/" + third + "/events").json().path("total").asLong())
                .as("a reorder is not a stage change").isEqualTo(1);
    }

    @Test
    void aCardGoesToTheEndOrTheTopOfItsColumn() {
        move(third, "Prospecting", "afterId", first);
        assertThat(prospecting()).containsExactly("Second", "First", "Third");

        move(third, "Prospecting", "beforeId", second);
        assertThat(prospecting()).containsExactly("Third", "Second", "First");
    }

    @Test
    void manyPlacementsInTheSameGapKeepTheirOrder() {
        UUID top = DealApi.create(user, "Top", "10", "AUD", "Qualification");
        UUID bottom = DealApi.create(user, "Bottom", "10", "AUD", "Qualification");
        move(bottom, "Qualification", "afterId", top);
        for (int i = 1; i <= 60; i++) {
            UUID card = DealApi.create(user, "Card " + i, "10", "AUD", "Prospecting");
            assertThat(move(card, "Qualification", "beforeId", bottom).status()).isEqualTo(200);
        }

        var titles = titles(user.get("/api/pipeline/" + DealApi.stageId(user, "Qualification") + "?limit=100").json());

        assertThat(titles).hasSize(62).startsWith("Top", "Card 1", "Card 2").endsWith("Card 60", "Bottom");
    }

    @Test
    void aCardMovedToAnotherColumnLandsWhereItWasDroppedAndTheMoveIsOnTheTimeline() {
        DealApi.create(user, "Pitch A", "10", "AUD", "Proposal");
        UUID pitchB = DealApi.create(user, "Pitch B", "10", "AUD", "Proposal");

        var moved = move(third, "Proposal", "afterId", pitchB);

        assertThat(moved.text("stage")).isEqualTo("Proposal");
        assertThat(titles(column(user.get("/api/pipeline").json(), "Proposal")))
                .containsExactly("Pitch B", "Third", "Pitch A");
        assertThat(prospecting()).containsExactly("Second", "First");
        assertThat(user.get("/api/deals/" + third + "/events").json().path("items").get(0).path("type").asString())
                .isEqualTo("stage_changed");
    }

    @Test
    void aMoveWithoutAPlacePutsTheCardOnTopOfTheOtherColumn() {
        DealApi.create(user, "Pitch", "10", "AUD", "Proposal");

        user.post("/api/deals/" + first + "/move", Map.of("stage", "Proposal"));

        assertThat(titles(column(user.get("/api/pipeline").json(), "Proposal"))).containsExactly("First", "Pitch");
    }

    @Test
    void aNeighbourOutsideTheTargetColumnIsRefusedNamingTheFieldAndNothingMoves() {
        UUID pitch = DealApi.create(user, "Pitch", "10", "AUD", "Proposal");
        UUID archived = DealApi.create(user, "Archived", "10", "AUD", "Prospecting");
        user.post("/api/deals/" + archived + "/archive", Map.of());

        assertThat(move(third, "Prospecting", "afterId", pitch).errorFields()).containsExactly("afterId");
        assertThat(move(third, "Prospecting", "beforeId", UUID.randomUUID()).status()).as("as another user's would be")
                .isEqualTo(404);
        assertThat(move(third, "Prospecting", "afterId", archived).errorFields()).containsExactly("afterId");
        assertThat(move(third, "Prospecting", "afterId", third).errorFields()).containsExactly("afterId");
        assertThat(move(pitch, "Prospecting", "afterId", pitch).errorFields()).containsExactly("afterId");
        var both = new HashMap<String, Object>(Map.of("stage", "Prospecting", "afterId", first, "beforeId", second));
        assertThat(user.post("/api/deals/" + third + "/move", both).errorFields()).containsExactly("beforeId");
        assertThat(user.post("/api/deals/" + third + "/move", Map.of("stage", "Prospecting", "afterId", "nope"))
                .status()).isEqualTo(400);

        assertThat(prospecting()).containsExactly("Third", "Second", "First");
        assertThat(DealApi.get(user, pitch).path("stage").asString()).isEqualTo("Proposal");
    }

    @Test
    void twoCardsDroppedIntoTheSameGapAtOnceBothLandThere() throws Exception {
        UUID fourth = DealApi.create(user, "Fourth", "10", "AUD", "Qualification");
        UUID fifth = DealApi.create(user, "Fifth", "10", "AUD", "Qualification");
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> moves = List.of(
                    () -> move(fourth, "Prospecting", "afterId", third).status(),
                    () -> move(fifth, "Prospecting", "afterId", third).status());
            for (var result : pool.invokeAll(moves)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        var order = prospecting();

        assertThat(order).hasSize(5).startsWith("Third").endsWith("Second", "First");
        assertThat(order.subList(1, 3)).containsExactlyInAnyOrder("Fourth", "Fifth");
        // Had both taken the same midpoint, a card put between them would not land between them.
        UUID upper = order.get(1).equals("Fourth") ? fourth : fifth;
        move(first, "Prospecting", "afterId", upper);
        assertThat(prospecting().get(2)).isEqualTo("First");
    }

    private ApiClient.Response move(UUID deal, String stage, String field, Object neighbour) {
        return user.post("/api/deals/" + deal + "/move", Map.of("stage", stage, field, neighbour.toString()));
    }

    private List<String> prospecting() {
        return titles(column(user.get("/api/pipeline").json(), "Prospecting"));
    }
}
