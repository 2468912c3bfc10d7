package dev.foyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plans of the statements a search function runs inside, which EXPLAIN from outside cannot
 * show: auto_explain reports them (nested statements included) as notices to this session, where
 * the search runs as the application role with the user bound. Sequential scans are priced out so
 * that the planner takes an index whenever it can use one, whatever the table's size: if no index
 * could serve the search, the plan falls back to a scan.
 */
public final class NestedPlans {

    private NestedPlans() {
    }

    /** The plans of a search for the user: {@code search} has one parameter, the text; it must find a row. */
    public static String of(JdbcClient jdbc, String search, UUID userId, String text) throws SQLException {
        String appRole = jdbc.sql("select current_user").query(String.class).single();
        // Loading auto_explain takes a superuser; the search itself then runs as the application role.
        try (Connection c = LockWaits.superuser(jdbc)) {
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
            try (var statement = c.prepareStatement(search)) {
                statement.setString(1, text);
                try (var rs = statement.executeQuery()) {
                    assertThat(rs.next()).as("the search finds a row").isTrue();
                }
                return notices(statement.getWarnings());
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * Vacuums and analyses a table, as autovacuum does to a table in use: an index-only scan is priced
     * by the pages the visibility map marks all-visible, so before a table's first vacuum the planner
     * may price it no cheaper than a plain index scan.
     */
    public static void vacuum(JdbcClient jdbc, String table) throws SQLException {
        try (Connection c = LockWaits.superuser(jdbc); var s = c.createStatement()) {
            s.execute("vacuum (analyze) " + table);
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
