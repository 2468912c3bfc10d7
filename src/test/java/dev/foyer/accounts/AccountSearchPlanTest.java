package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.NestedPlans;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The speed target of account search: served by an index under row-level security, as the server's
 * role, in the statements inside search_accounts() and search_accounts_page() ({@link NestedPlans}).
 */
@FoyerIntegrationTest
class AccountSearchPlanTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void searchIsServedByTheUserAndDocumentIndexAsTheApplicationRole() throws SQLException {
        ActingUser owner = users.create();
        users.runAs(owner, () -> jdbc.sql("""
                insert into customer_accounts (company_name, customer_type, created_by)
                values ('Quokka Cartage', 'Commercial', :owner)
                """).param("owner", owner.id()).update());

        for (String search : new String[] {"select account_id from search_accounts(?)",
                "select account_id from search_accounts_page(?, 50, 0)"}) {
            assertServedByTheIndex(NestedPlans.of(jdbc, search, owner.id(), "quokka"));
        }
    }

    private static void assertServedByTheIndex(String plan) {
        assertThat(plan).contains("Bitmap Index Scan on idx_account_search_user_document")
                .doesNotContain("Seq Scan on account_search");
        // Both the owner and the words are looked up in the index, not filtered row by row after it.
        assertThat(plan.lines().filter(line -> line.strip().startsWith("Index Cond:")))
                .anySatisfy(line -> assertThat(line).contains("user_id = ").contains("document @@"));
    }
}
