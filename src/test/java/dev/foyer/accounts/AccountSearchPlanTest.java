package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The speed target of account search: served by an index under row-level security, as the server's
 * role. The plan of the statement inside search_accounts() is invisible to EXPLAIN from outside, so
 * auto_explain reports it (nested statements included) as a notice to this session. Sequential scans
 * are priced out so that the planner takes the index whenever it can use it whatever the table's
 * size: if the index could not serve the query, the plan would fall back to a scan and this fails.
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

        String plan = nestedPlanOfSearch(owner.id(), "quokka");

        assertThat(plan).contains("Bitmap Index Scan on idx_account_search_user_document")
                .doesNotContain("Seq Scan on account_search");
        // Both the owner and the words are looked up in the index, not filtered row by row after it.
        assertThat(plan.lines().filter(line -> line.strip().startsWith("Index Cond:")))
                .anySatisfy(line -> assertThat(line).contains("user_id = ").contains("document @@"));
    }

    private String nestedPlanOfSearch(UUID userId, String query) throws SQLException {
        String port = jdbc.sql("select current_setting('port')").query(String.class).single();
        String database = jdbc.sql("select current_database()").query(String.class).single();
        String appRole = jdbc.sql("select current_user").query(String.class).single();
        // Loading auto_explain takes a superuser; the search itself then runs as the application role.
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database,
                "postgres", "")) {
            try (var s = c.createStatement()) {
                s.execute("load 'auto_explain'");
                s.execute("set auto_explain.log_min_duration = 0");
                s.execute("set auto_explain.log_nested_statements = on");
                s.execute("set auto_explain.log_level = notice");
                s.execute("set enable_seqscan = off");
                s.execute("set role " + appRole);
            }
            c.setAutoCommit(false);
            try (var bind = c.prepareStatement("select set_config('app.user_id', ?, true)")) {
                bind.setString(1, userId.toString());
                bind.execute();
            }
            try (var search = c.prepareStatement("select account_id from search_accounts(?)")) {
                search.setString(1, query);
                try (var rs = search.executeQuery()) {
                    assertThat(rs.next()).as("the search finds the account").isTrue();
                }
                return notices(search.getWarnings());
            } finally {
                c.rollback();
            }
        }
    }

    private static String notices(SQLWarning warning) {
        var text = new StringBuilder();
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            text.append(w.getMessage()).append('\n');
        }
        return text.toString();
    }
}
