package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V10's deals.closed_at: when a deal was won or lost, kept by the database whoever writes the deal. */
@FoyerIntegrationTest
class DealClosedAtTest {

    static final OffsetDateTime LAST_YEAR = OffsetDateTime.parse("2025-01-15T10:00:00Z");

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
    void anOpenDealHasNoCloseDate() {
        assertThat(closedAt(rows.deal(owner, "Negotiation"))).isNull();
    }

    @Test
    void winningSetsTheCloseDateAndReopeningClearsIt() {
        UUID deal = rows.deal(owner, "Negotiation");

        execute("update deals set stage = 'Closed Won' where id = :id", deal);
        assertThat(closedAt(deal)).isNotNull();

        execute("update deals set stage = 'Proposal' where id = :id", deal);
        assertThat(closedAt(deal)).isNull();
    }

    @Test
    void aDealCreatedLostIsClosedAtOnce() {
        assertThat(closedAt(rows.deal(owner, "Closed Lost"))).isNotNull();
    }

    @Test
    void switchingFromWonToLostClosesItAgain() {
        UUID deal = rows.deal(owner, "Closed Won");
        setClosedAt(deal);

        execute("update deals set stage = 'Closed Lost' where id = :id", deal);

        assertThat(closedAt(deal)).isAfter(LAST_YEAR);
    }

    @Test
    void renamingTheWonStageOrEditingTheDealKeepsTheCloseDate() {
        UUID deal = rows.deal(owner, "Closed Won");
        setClosedAt(deal);

        users.runAs(owner, () -> jdbc.sql("update deal_stages set name = 'Signed' where user_id = :owner and name = 'Closed Won'")
                .param("owner", owner.id()).update());
        execute("update deals set title = 'Renamed' where id = :id", deal);

        assertThat(closedAt(deal)).isEqualTo(LAST_YEAR);
    }

    @Test
    void archivingAndUnarchivingAWonDealKeepsTheCloseDate() {
        UUID deal = rows.deal(owner, "Closed Won");
        setClosedAt(deal);

        execute("update deals set status = 'archived' where id = :id", deal);
        assertThat(closedAt(deal)).isEqualTo(LAST_YEAR);
        execute("update deals set status = 'active' where id = :id", deal);

        assertThat(closedAt(deal)).isEqualTo(LAST_YEAR);
    }

    @Test
    void aCloseDateGivenOnInsertIsKeptForImportedHistory() {
        UUID deal = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deals (user_id, title, value, stage, closed_at)
                values (:owner, 'Imported', 100, 'Closed Won', :closedAt)
                returning id
                """).param("owner", owner.id()).param("closedAt", LAST_YEAR).query(UUID.class).single());

        assertThat(closedAt(deal)).isEqualTo(LAST_YEAR);
    }

    private void setClosedAt(UUID deal) {
        users.runAs(owner, () -> jdbc.sql("update deals set closed_at = :at where id = :id")
                .param("at", LAST_YEAR).param("id", deal).update());
    }

    private void execute(String sql, UUID deal) {
        users.runAs(owner, () -> jdbc.sql(sql).param("id", deal).update());
    }

    private OffsetDateTime closedAt(UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select closed_at from deals where id = :id")
                .param("id", deal).query(OffsetDateTime.class).list().get(0));
    }
}
