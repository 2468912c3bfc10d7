package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
 * deal_totals (V15) holds, per user, stage, status and currency, the count and value of the deals,
 * kept by triggers on deals in the same transaction. After every kind of change it must say what
 * grouping the deals themselves says.
 */
@FoyerIntegrationTest
class DealTotalsTest {

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
    void insertingDealsOneByOneOrManyAtOnceAddsToTheirTotals() {
        rows.deal(owner, "Proposal");
        rows.deal(owner, "Closed Won");
        sql("""
                insert into deals (user_id, title, value, currency, stage)
                select :owner, 'Deal ' || n, n * 100, case when n % 2 = 0 then 'USD' else 'AUD' end, 'Proposal'
                  from generate_series(1, 5) n
                """);

        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly(
                "Closed Won won AUD 1 50000.00", "Proposal active AUD 4 50900.00", "Proposal active USD 2 600.00");
    }

    @Test
    void movingChangingAndArchivingADealMovesItsValueBetweenTotals() {
        UUID deal = rows.deal(owner, "Proposal");
        rows.deal(owner, "Proposal");

        sql("update deals set stage = 'Closed Won' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped())
                .containsExactly("Closed Won won AUD 1 50000.00", "Proposal active AUD 1 50000.00");

        sql("update deals set value = 1234.50, currency = 'EUR' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped())
                .containsExactly("Closed Won won EUR 1 1234.50", "Proposal active AUD 1 50000.00");

        sql("update deals set status = 'archived' where id = '" + deal + "'");
        assertThat(totals()).containsExactlyElementsOf(grouped())
                .containsExactly("Closed Won archived EUR 1 1234.50", "Proposal active AUD 1 50000.00");
    }

    @Test
    void aChangeThatMovesNoMoneyLeavesTheTotalsAsTheyWere() {
        UUID contact = rows.contact(owner);
        UUID deal = rows.deal(owner, "Negotiation", contact, null, null);

        sql("update deals set title = 'Renamed', description = 'x' where id = '" + deal + "'");
        rows.delete(owner, "contacts", contact);

        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly("Negotiation active AUD 1 50000.00");
    }

    @Test
    void deletingDealsSubtractsThemAndAnEmptyTotalGoes() {
        UUID deal = rows.deal(owner, "Proposal");
        rows.deal(owner, "Qualification");
        rows.deal(owner, "Qualification");

        rows.delete(owner, "deals", deal);
        sql("delete from deals where id in (select id from deals where stage = 'Qualification' limit 1)");

        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly("Qualification active AUD 1 50000.00");
    }

    @Test
    void renamingAStageOrChangingItsOutcomeTakesItsTotalsAlong() {
        rows.deal(owner, "Proposal");
        rows.deal(owner, "Proposal");

        sql("update deal_stages set name = 'Offer' where user_id = :owner and name = 'Proposal'");
        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly("Offer active AUD 2 100000.00");

        sql("update deal_stages set outcome = 'won' where user_id = :owner and name = 'Offer'");
        assertThat(totals()).containsExactlyElementsOf(grouped()).containsExactly("Offer won AUD 2 100000.00");
    }

    @Test
    void deletingTheUserDeletesTheirTotalsAndLeavesOthersAlone() {
        ActingUser other = users.create();
        rows.deal(owner, "Proposal");
        rows.deal(other, "Proposal");

        rows.deleteUser(owner);

        assertThat(users.inTransactionAs(other, () -> jdbc.sql("select count(*) from deal_totals")
                .query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void aUserSeesOnlyTheirOwnTotalsAndCannotWriteAny() {
        ActingUser other = users.create();
        rows.deal(other, "Proposal");

        assertThat(totals()).isEmpty();
        assertThatThrownBy(() -> sql("""
                insert into deal_totals (user_id, stage, status, currency, deals, value)
                values (:owner, 'Proposal', 'active', 'AUD', 1, 1)
                """)).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> sql("update deal_totals set deals = 0")).rootCause()
                .hasMessageContaining("permission denied");
    }

    private void sql(String statement) {
        users.runAs(owner, () -> jdbc.sql(statement).params(java.util.Map.of("owner", owner.id())).update());
    }

    private List<String> totals() {
        return describe("""
                select stage, status::text, currency, deals, value from deal_totals where user_id = :owner
                """);
    }

    private List<String> grouped() {
        return describe("""
                select stage, status::text, currency, count(*) as deals, sum(value) as value
                  from deals where user_id = :owner group by stage, status, currency
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
