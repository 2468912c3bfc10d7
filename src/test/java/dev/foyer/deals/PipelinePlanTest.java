package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A column's page of the board is a range of idx_deals_user_stage_position read in the column's
 * order and stopped at the page's end, as the application role under row-level security: no sort of
 * the column's deals, whatever their number. Sequential scans and sorts are priced out so that the
 * planner takes the index whenever it can serve the query, however few rows the test database has:
 * if the index could not give the column's order, a sort would still show and this fails.
 */
@FoyerIntegrationTest
class PipelinePlanTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void eachColumnPageIsAnOrderedRangeOfThePositionIndex() {
        ActingUser owner = users.create();

        String plan = users.inTransactionAs(owner, () -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_sort = off").update();
            return String.join("\n", jdbc.sql("explain " + PipelineQueries.pages(20))
                    .param("userId", owner.id()).param("stageId", null).param("offsets", "{}")
                    .query(String.class).list());
        });

        assertThat(plan).containsPattern("Index (Only )?Scan using idx_deals_user_stage_position on deals");
        var lateral = plan.substring(plan.indexOf("Limit"));
        assertThat(lateral.substring(0, lateral.indexOf("idx_deals_user_stage_position")))
                .as("the column's deals come out of the index in order, not sorted").doesNotContain("Sort");
    }
}
