package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * closed_deal_totals (V24) holds, per user, UTC month, status and currency, the count and value of
 * the deals won or lost in that month, kept by triggers on deals in the same transaction. After
 * every kind of change it must say what grouping the deals themselves says.
 */
@FoyerIntegrationTest
class ClosedDealTotalsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    ActingUser owner;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        owner = users.create();
    }

    @Test
    void dealsClosedInAMonthCountInThatUtcMonthAndOpenOnesNowhere() {
        rows.deal(owner, "Proposal");
        sql("""
                insert into deals (user_id, title, value, currency, stage, closed_at)
                values (:owner, 'Last second of March', 100, 'AUD', 'Closed Won', '2026-03-31T23:59:59Z'),
                       (:owner, 'First of April', 200, 'AUD', 'Closed Won', '2026-04-01T00:00:00Z'),
                       (:owner, 'April in Sydney', 300, 'AUD', 'Closed Won', '2026-04-01T09:00:00+10:00'),
                       (:owner, 'Lost in April', 40, 'USD', 'Closed Lost', '2026-04-20T12:00:00Z')
                """);

        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly(
                "2026-03 won AUD 2 400.00",
                "2026-04 lost USD 1 40.00",
                "2026-04 won AUD 1 200.00");
    }

    @Test
    void winningLosingReopeningAndArchivingMoveADealInAndOutOfItsMonth() {
        UUID deal = rows.deal(owner, "Proposal");
        rows.deal(owner, "Closed Won");
        String thisMonth = month("now()");

        sql("update deals set stage = 'Closed Won' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly(thisMonth + " won AUD 2 100000.00");

        sql("update deals set stage = 'Closed Lost' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped())
                .containsExactly(thisMonth + " lost AUD 1 50000.00", thisMonth + " won AUD 1 50000.00");

        sql("update deals set stage = 'Negotiation' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly(thisMonth + " won AUD 1 50000.00");

        sql("update deals set status = 'archived' where stage = 'Closed Won'");
        assertThat(totals()).isEmpty();
        assertThat(grouped()).isEmpty();
    }

    @Test
    void redatingRevaluingAndChangingTheCurrencyMoveTheValue() {
        UUID deal = rows.deal(owner, "Closed Won");
        rows.deal(owner, "Closed Won");
        String thisMonth = month("now()");

        sql("update deals set closed_at = '2025-12-15T00:00:00Z' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped())
                .containsExactly("2025-12 won AUD 1 50000.00", thisMonth + " won AUD 1 50000.00");

        sql("update deals set value = 1234.50, currency = 'EUR' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped())
                .containsExactly("2025-12 won EUR 1 1234.50", thisMonth + " won AUD 1 50000.00");
    }

    @Test
    void aChangeThatMovesNoMoneyWritesNothing() {
        UUID deal = rows.deal(owner, "Closed Won");
        String before = rowVersion();

        sql("update deals set title = 'Renamed', description = 'x' where id = '" + deal + "'");

        assertThat(rowVersion()).isEqualTo(before);
        assertThat(totals()).containsExactlyElementsOf(grouped()).hasSize(1);
    }

    @Test
    void deletingDealsSubtractsThemAndAnEmptyTotalGoes() {
        UUID deal = rows.deal(owner, "Closed Won");
        rows.deal(owner, "Closed Lost");
        rows.deal(owner, "Closed Lost");

        rows.delete(owner, "deals", deal);
        sql("delete from deals where id in (select id from deals where stage = 'Closed Lost' limit 1)");

        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly(month("now()") + " lost AUD 1 50000.00");
    }

    @Test
    void deletingTheUserDeletesTheirTotalsAndLeavesOthersAlone() {
        ActingUser other = users.create();
        rows.deal(owner, "Closed Won");
        rows.deal(other, "Closed Won");

        rows.deleteUser(owner);

        assertThat(users.inTransactionAs(other, () -> jdbc.sql("select count(*) from closed_deal_totals")
                .query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void aUserSeesOnlyTheirOwnTotalsAndCannotWriteAny() {
        ActingUser other = users.create();
        rows.deal(other, "Closed Won");

        assertThat(totals()).isEmpty();
        assertThatThrownBy(() -> sql("""
                insert into closed_deal_totals (user_id, month, status, currency, deals, value)
                values (:owner, date_trunc('month', now(), 'UTC'), 'won', 'AUD', 1, 1)
                """)).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> sql("update closed_deal_totals set deals = 0")).rootCause()
                .hasMessageContaining("permission denied");
    }

    private void sql(String statement) {
        users.runAs(owner, () -> jdbc.sql(statement).params(Map.of("owner", owner.id())).update());
    }

    /** The transaction that last wrote the owner's one total. */
    private String rowVersion() {
        return users.inTransactionAs(owner, () -> jdbc.sql("select xmin::text from closed_deal_totals")
                .query(String.class).single());
    }

    private String month(String instant) {
        return jdbc.sql("select to_char(" + instant + " at time zone 'UTC', 'YYYY-MM')").query(String.class).single();
    }

    private List<String> totals() {
        return describe("""
                select to_char(month at time zone 'UTC', 'YYYY-MM'), status::text, currency, deals, value
                  from closed_deal_totals where user_id = :owner
                """);
    }

    private List<String> grouped() {
        return describe("""
                select to_char(closed_at at time zone 'UTC', 'YYYY-MM'), status::text, currency, count(*), sum(value)
                  from deals where user_id = :owner and status in ('won', 'lost')
                 group by 1, 2, 3
                """);
    }

    private List<String> describe(String select) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select * from (" + select + ") t order by 1, 2, 3")
                .param("owner", owner.id())
                .query((rs, n) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5).toPlainString()))
                .list());
    }
}
