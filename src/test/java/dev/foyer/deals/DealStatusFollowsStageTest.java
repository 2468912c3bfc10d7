package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 003's status follows seed 004's stage (trigger deal_status_follows_stage): Closed Won is won,
 * Closed Lost is lost, every other stage is active; archived is the one status a user sets.
 */
@FoyerIntegrationTest
class DealStatusFollowsStageTest {

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

    @ParameterizedTest
    @CsvSource({
            "Prospecting, active", "Qualification, active", "Proposal, active", "Negotiation, active",
            "Closed Won, won", "Closed Lost, lost", "under_contract, active"})
    void insertedDealTakesItsStatusFromItsStage(String stage, String status) {
        // Seed 003's investor stages are custom stages of the user's pipeline.
        users.runAs(owner, () -> jdbc.sql("""
                insert into deal_stages (user_id, name, order_index) values (:owner, 'under_contract', 6)
                on conflict (name, user_id) do nothing
                """).param("owner", owner.id()).update());

        assertThat(status(rows.deal(owner, stage))).isEqualTo(status);
    }

    @Test
    void statusGivenOnInsertCannotContradictTheStage() {
        UUID deal = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deals (user_id, title, value, stage, status)
                values (:owner, 'Training Program', 8000, 'Proposal', 'won')
                returning id
                """).param("owner", owner.id()).query(UUID.class).single());

        assertThat(status(deal)).isEqualTo("active");
    }

    @ParameterizedTest
    @CsvSource({"Closed Won, won", "Closed Lost, lost"})
    void movingToAClosedStageClosesTheDeal(String stage, String status) {
        UUID deal = rows.deal(owner, "Negotiation");

        moveTo(deal, stage);

        assertThat(status(deal)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"Closed Won", "Closed Lost"})
    void movingBackFromAClosedStageMakesTheDealActive(String closedStage) {
        UUID deal = rows.deal(owner, closedStage);

        moveTo(deal, "Negotiation");

        assertThat(status(deal)).isEqualTo("active");
    }

    @Test
    void archivedDealStaysArchivedWhenMovedBetweenOpenStages() {
        UUID deal = rows.deal(owner, "Proposal");
        setStatus(deal, "archived");

        moveTo(deal, "Negotiation");

        assertThat(status(deal)).isEqualTo("archived");
    }

    @Test
    void archivedDealMovedToAClosedStageTakesThatStatus() {
        UUID deal = rows.deal(owner, "Proposal");
        setStatus(deal, "archived");

        moveTo(deal, "Closed Won");

        assertThat(status(deal)).isEqualTo("won");
    }

    @Test
    void aWonDealCanBeArchived() {
        UUID deal = rows.deal(owner, "Closed Won");

        setStatus(deal, "archived");

        assertThat(status(deal)).isEqualTo("archived");
    }

    @Test
    void statusSetWithoutAStageChangeCannotContradictTheStage() {
        UUID open = rows.deal(owner, "Proposal");
        UUID won = rows.deal(owner, "Closed Won");

        setStatus(open, "won");
        setStatus(won, "active");

        assertThat(status(open)).isEqualTo("active");
        assertThat(status(won)).isEqualTo("won");
    }

    @Test
    void unarchivingRestoresTheStatusOfTheStage() {
        UUID deal = rows.deal(owner, "Closed Lost");
        setStatus(deal, "archived");

        setStatus(deal, "active");

        assertThat(status(deal)).isEqualTo("lost");
    }

    private void moveTo(UUID deal, String stage) {
        users.runAs(owner, () -> jdbc.sql("update deals set stage = :stage where id = :id")
                .param("stage", stage).param("id", deal).update());
    }

    private void setStatus(UUID deal, String status) {
        users.runAs(owner, () -> jdbc.sql("update deals set status = :status::deal_status where id = :id")
                .param("status", status).param("id", deal).update());
    }

    private String status(UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select status::text from deals where id = :id")
                .param("id", deal).query(String.class).single());
    }
}
