package dev.foyer.deals;

import static dev.foyer.SchemaChecks.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 004's custom deal stages: each user's own pipeline, starting from the six defaults. */
@FoyerIntegrationTest
class PipelineStagesTest {

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
    void everyNewUserStartsWithSeed004sSixStagesInOrder() {
        var stages = users.inTransactionAs(owner, () -> jdbc.sql("""
                select name || ':' || outcome from deal_stages where user_id = :owner order by order_index
                """).param("owner", owner.id()).query(String.class).list());

        assertThat(stages).containsExactly("Prospecting:open", "Qualification:open", "Proposal:open",
                "Negotiation:open", "Closed Won:won", "Closed Lost:lost");
    }

    @Test
    void refusesADealInAStageOutsideTheUsersPipeline() {
        assertViolates("deals_stage_fkey", () -> rows.deal(owner, "Daydreaming"));
    }

    @Test
    void renamingAStageRenamesItOnItsDeals() {
        UUID deal = rows.deal(owner, "Proposal");

        users.runAs(owner, () -> jdbc.sql("update deal_stages set name = 'Quote sent' where user_id = :owner and name = 'Proposal'")
                .param("owner", owner.id()).update());

        assertThat(stageOf(deal)).isEqualTo("Quote sent");
    }

    @Test
    void aStageWithDealsCannotBeRemovedUntilTheyMove() {
        UUID deal = rows.deal(owner, "Negotiation");

        assertViolates("deals_stage_fkey", () -> deleteStage("Negotiation"));
        users.runAs(owner, () -> jdbc.sql("update deals set stage = 'Proposal' where id = :id").param("id", deal).update());
        deleteStage("Negotiation");

        assertThat(stageOf(deal)).isEqualTo("Proposal");
    }

    @Test
    void statusFollowsTheStagesOutcomeWhateverItIsCalled() {
        users.runAs(owner, () -> jdbc.sql("update deal_stages set name = 'Signed' where user_id = :owner and name = 'Closed Won'")
                .param("owner", owner.id()).update());

        UUID deal = rows.deal(owner, "Signed");

        assertThat(statusOf(deal)).isEqualTo("won");
    }

    @Test
    void changingAStagesOutcomeMovesItsDealsStatus() {
        UUID deal = rows.deal(owner, "Negotiation");

        users.runAs(owner, () -> jdbc.sql("update deal_stages set outcome = 'lost' where user_id = :owner and name = 'Negotiation'")
                .param("owner", owner.id()).update());

        assertThat(statusOf(deal)).isEqualTo("lost");
    }

    @Test
    void stageNamesAreUniquePerUserButNotAcrossUsers() {
        var other = users.create();

        assertViolates("deal_stages_name_user_key", () -> users.runAs(owner, () -> jdbc.sql("""
                insert into deal_stages (user_id, name, order_index) values (:owner, 'Proposal', 9)
                """).param("owner", owner.id()).update()));
        assertThat(users.inTransactionAs(other, () -> jdbc.sql("select count(*) from deal_stages where name = 'Proposal'")
                .query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void anotherUserCannotSeeOrChangeMyStages() {
        var other = users.create();

        int changed = users.inTransactionAs(other, () -> jdbc.sql("""
                update deal_stages set name = 'Hijacked' where user_id = :owner
                """).param("owner", owner.id()).update());

        assertThat(changed).isZero();
        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from deal_stages where name = 'Hijacked'")
                .query(Long.class).single())).isZero();
    }

    private void deleteStage(String name) {
        users.runAs(owner, () -> jdbc.sql("delete from deal_stages where user_id = :owner and name = :name")
                .param("owner", owner.id()).param("name", name).update());
    }

    private String stageOf(UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select stage from deals where id = :id").param("id", deal)
                .query(String.class).single());
    }

    private String statusOf(UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select status::text from deals where id = :id").param("id", deal)
                .query(String.class).single());
    }
}
