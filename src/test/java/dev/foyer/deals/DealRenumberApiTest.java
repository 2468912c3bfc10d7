package dev.foyer.deals;

import static dev.foyer.deals.DealArchiveApiTest.column;
import static dev.foyer.deals.DealArchiveApiTest.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cards dropped again and again into the same gap: each midpoint is a digit longer, so the column
 * is renumbered when they grow too long, with nothing but the positions changing: a card's place
 * is not an edit of the deal (V21), so not even its last change moves.
 */
@FoyerIntegrationTest
class DealRenumberApiTest {

    static final int DROPS = 60;

    static final int CROSSINGS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SignedInClient user;
    ActingUser owner;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
        owner = ActingUser.of(user.userId());
    }

    /** In a won column, with an archived card in it, so that the status and closing dates are there to keep. */
    @Test
    void sixtyDropsIntoTheSameGapKeepTheOrderAndThePositionsShortAndChangeNothingElse() {
        UUID bottom = DealApi.create(user, "Bottom", "10", "AUD", "Closed Won");
        DealApi.create(user, "Top", "10", "AUD", "Closed Won");
        var cards = new ArrayList<UUID>();
        for (int i = 1; i <= DROPS; i++) {
            cards.add(DealApi.create(user, "Card " + i, "10", "AUD", "Closed Won"));
        }
        UUID shelved = DealApi.create(user, "Shelved", "10", "AUD", "Closed Won");
        user.post("/api/deals/" + shelved + "/archive", Map.of());
        UUID elsewhere = DealApi.create(user, "Elsewhere", "10", "AUD", "Prospecting");
        var elsewhereAt = position(elsewhere);
        var states = snapshot("select id, stage, status, closed_at, updated_at from deals where user_id = :userId order by id");
        var totals = snapshot("select stage, status, currency, deals, value from deal_totals where user_id = :userId"
                + " order by stage, status, currency");
        var events = snapshot("select e.id from deal_events e join deals d on d.id = e.deal_id"
                + " where d.user_id = :userId order by e.id");
        int longest = 0;

        for (UUID card : cards) {
            var moved = user.post("/api/deals/" + card + "/move", Map.of("stage", "Closed Won", "beforeId", bottom.toString()));
            assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
            longest = Math.max(longest, longestFraction());
        }

        var expected = new ArrayList<String>(List.of("Top"));
        for (int i = 1; i <= DROPS; i++) {
            expected.add("Card " + i);
        }
        expected.add("Bottom");
        assertThat(titles(column(user.get("/api/pipeline?limit=100").json(), "Closed Won"))).containsExactlyElementsOf(expected);
        assertThat(longest).as("digits after the point, at the longest").isLessThanOrEqualTo(DealPositions.MAX_FRACTION_DIGITS);
        assertThat(longestFraction()).isLessThanOrEqualTo(DealPositions.MAX_FRACTION_DIGITS);
        assertThat(snapshot("select id, stage, status, closed_at, updated_at from deals where user_id = :userId order by id"))
                .as("stages, statuses, closing dates and last changes").isEqualTo(states);
        assertThat(snapshot("select stage, status, currency, deals, value from deal_totals where user_id = :userId"
                + " order by stage, status, currency")).isEqualTo(totals);
        assertThat(snapshot("select e.id from deal_events e join deals d on d.id = e.deal_id"
                + " where d.user_id = :userId order by e.id")).as("no timeline entry for a reorder").isEqualTo(events);
        assertThat(position(elsewhere)).as("another column").isEqualTo(elsewhereAt);
        assertThat(DealApi.get(user, shelved).path("status").asString()).isEqualTo("archived");
    }

    @Test
    void aReorderKeepsTheDealsLastChangeWhileAnEditOrAMoveToAnotherColumnUpdatesIt() {
        UUID first = DealApi.create(user, "First", "10", "AUD", "Proposal");
        UUID second = DealApi.create(user, "Second", "10", "AUD", "Proposal");
        String created = DealApi.get(user, first).path("updatedAt").asString();

        var reordered = user.post("/api/deals/" + first + "/move", Map.of("stage", "Proposal", "beforeId", second.toString()));
        String afterReorder = DealApi.get(user, first).path("updatedAt").asString();
        user.post("/api/deals/" + first + "/move", Map.of("stage", "Negotiation"));
        String afterMove = DealApi.get(user, first).path("updatedAt").asString();
        user.patch("/api/deals/" + first, Map.of("title", "First, renamed"));
        String afterEdit = DealApi.get(user, first).path("updatedAt").asString();

        assertThat(reordered.status()).isEqualTo(200);
        assertThat(titles(column(user.get("/api/pipeline").json(), "Negotiation"))).containsExactly("First, renamed");
        assertThat(afterReorder).as("a reorder").isEqualTo(created);
        assertThat(Instant.parse(afterMove)).as("a move to another column").isAfter(Instant.parse(created));
        assertThat(Instant.parse(afterEdit)).as("an edit").isAfter(Instant.parse(afterMove));
    }

    /**
     * Two cards crossing between two columns at once, each dropped into a gap too narrow to halve,
     * so that both moves renumber a column the other's card is leaving. A move that renumbered while
     * holding its own card would wait for the other's, which waits for it: PostgreSQL would end one
     * of them as a deadlock. Repeated, because the two have to meet.
     */
    @Test
    void twoCardsCrossingBetweenFullColumnsAtOnceBothLand() throws Exception {
        try (var race = new Race()) {
            for (int round = 1; round <= CROSSINGS; round++) {
                // Under the gaps, so that renumbering their columns moves them too.
                UUID toNegotiation = DealApi.create(user, "Leaving Proposal " + round, "10", "AUD", "Proposal");
                UUID toProposal = DealApi.create(user, "Leaving Negotiation " + round, "10", "AUD", "Negotiation");
                UUID proposalTop = narrowGapUnder("Proposal", round);
                UUID negotiationTop = narrowGapUnder("Negotiation", round);

                var both = race.run(
                        () -> user.post("/api/deals/" + toNegotiation + "/move",
                                Map.of("stage", "Negotiation", "afterId", negotiationTop.toString())),
                        () -> user.post("/api/deals/" + toProposal + "/move",
                                Map.of("stage", "Proposal", "afterId", proposalTop.toString())));

                assertThat(both[0].status()).as("round %d: %s", round, both[0].raw().body()).isEqualTo(200);
                assertThat(both[1].status()).as("round %d: %s", round, both[1].raw().body()).isEqualTo(200);
                var board = user.get("/api/pipeline?limit=100").json();
                assertThat(titles(column(board, "Negotiation"))).as("round %d", round)
                        .containsSubsequence("Negotiation top " + round, "Leaving Proposal " + round,
                                "Negotiation under " + round);
                assertThat(titles(column(board, "Proposal"))).as("round %d", round)
                        .containsSubsequence("Proposal top " + round, "Leaving Negotiation " + round,
                                "Proposal under " + round);
            }
        }
        assertThat(longestFraction()).isLessThanOrEqualTo(DealPositions.MAX_FRACTION_DIGITS);
    }

    /** Two cards on top of the column, the lower one as close under the upper as a position may be. */
    private UUID narrowGapUnder(String stage, int round) {
        UUID under = DealApi.create(user, stage + " under " + round, "10", "AUD", stage);
        UUID top = DealApi.create(user, stage + " top " + round, "10", "AUD", stage);
        users.inTransactionAs(owner, () -> jdbc.sql("""
                update deals set position = (select position from deals where id = :top)
                                            - power(10::numeric, -:digits)
                 where id = :under
                """).param("top", top).param("under", under).param("digits", DealPositions.MAX_FRACTION_DIGITS)
                .update());
        return top;
    }

    private int longestFraction() {
        return users.inTransactionAs(owner, () -> jdbc.sql("select position from deals where user_id = :userId")
                .param("userId", owner.id()).query(BigDecimal.class).list()).stream()
                .mapToInt(p -> Math.max(0, p.stripTrailingZeros().scale())).max().orElse(0);
    }

    private BigDecimal position(UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select position from deals where id = :id")
                .param("id", deal).query(BigDecimal.class).single());
    }

    private List<Map<String, Object>> snapshot(String sql) {
        return users.inTransactionAs(owner, () -> jdbc.sql(sql).param("userId", owner.id()).query().listOfRows());
    }
}
