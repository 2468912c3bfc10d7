package dev.foyer.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans of the benchmarked screens' statements, read as the application role with the user
 * bound, as Foyer runs them: {@code set role} to the application role, {@code set_config} of
 * {@code app.user_id} and {@code app.user_role} in a transaction, {@code explain (analyze, buffers)},
 * rollback. The search functions are security definers, so their inner queries run as the owner
 * and do not show in the outer plan: auto_explain, loaded for this session only and told to log
 * nested statements at NOTICE level, hands their plans back to this connection.
 */
final class CrmPlans {

    /** Four digits of the generated phones: a search matching about one contact in a thousand. */
    private static final String RARE_FRAGMENT = "4567";

    /** A named parameter, not the second colon of a cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

    private final String url;
    private final String appRole;
    private final PrintStream out;

    CrmPlans(String url, String appRole, PrintStream out) {
        this.url = url;
        this.appRole = appRole;
        this.out = out;
    }

    void print(UUID user, String fragment, UUID tag, String companyWord) throws SQLException {
        var month = YearMonth.now(ZoneOffset.UTC);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("userId", literal(user.toString(), "uuid"));
        values.put("limit", "50");
        values.put("offset", "0");
        values.put("countLimit", "1001");
        values.put("stageId", "null");
        values.put("offsets", literal("{}", "jsonb"));
        values.put("monthStart", literal(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString(), "timestamptz"));
        var none = with(values, "q", literal("", "text"), "tagIds", literal("{}", "uuid[]"));
        values.put("sort", literal("name", "text"));
        values.put("descending", "false");
        var search = with(values, "q", literal(fragment, "text"), "tagIds", literal("{}", "uuid[]"));
        var rareSearch = with(values, "q", literal(RARE_FRAGMENT, "text"), "tagIds", literal("{}", "uuid[]"));
        var tagged = with(values, "q", literal("", "text"), "tagIds", literal("{" + tag + "}", "uuid[]"));
        tagged.put("tagId", literal(String.valueOf(tag), "uuid"));
        var accounts = with(values, "query", literal(companyWord, "text"), "q", "''");
        var board = with(none, "limit", "22", "offset", "0");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            prepare(c);
            explain(c, user, "contact list page (sort=name, offset 0)", AppSql.CONTACTS_PAGE, none);
            explain(c, user, "contact search q=" + fragment, AppSql.CONTACTS_SEARCH_PAGE, search);
            explain(c, user, "contact search q=" + RARE_FRAGMENT, AppSql.CONTACTS_SEARCH_PAGE, rareSearch);
            explain(c, user, "tag filter", AppSql.CONTACTS_TAG_PAGE, tagged);
            explain(c, user, "account search q=" + companyWord, AppSql.ACCOUNTS_SEARCH, accounts);
            explain(c, user, "pipeline totals", AppSql.PIPELINE_TOTALS, none);
            explain(c, user, "pipeline pages (limit=20)", AppSql.PIPELINE_PAGES, board);
            explain(c, user, "dashboard contact count", AppSql.DASHBOARD_CONTACTS, none);
            explain(c, user, "dashboard figures", AppSql.DASHBOARD_FIGURES, none);
            explain(c, user, "dashboard closed this month", AppSql.DASHBOARD_CLOSED, none);
        }
    }

    private void prepare(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("load 'auto_explain'");
            s.execute("set auto_explain.log_min_duration = 0");
            s.execute("set auto_explain.log_analyze = on");
            s.execute("set auto_explain.log_buffers = on");
            s.execute("set auto_explain.log_nested_statements = on");
            s.execute("set auto_explain.log_level = notice");
            s.execute("set role " + appRole);
        }
    }

    private void explain(Connection c, UUID user, String title, String sql, Map<String, String> values)
            throws SQLException {
        out.printf("%n=== %s (as %s, app.user_id bound)%n", title, appRole);
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("select set_config('app.user_id', '" + user + "', true), set_config('app.user_role', 'user', true)");
            try (var rs = s.executeQuery("explain (analyze, buffers) " + bind(sql, values))) {
                while (rs.next()) {
                    out.println(rs.getString(1));
                }
            }
            for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                // Only the search functions' inner queries: the outer statement is printed above.
                if (w.getMessage().contains("_search s")) {
                    out.println("--- nested (auto_explain):");
                    out.println(w.getMessage());
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    static String bind(String sql, Map<String, String> values) {
        Matcher m = PARAMETER.matcher(sql);
        var bound = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for :" + m.group(1));
            }
            m.appendReplacement(bound, Matcher.quoteReplacement(value));
        }
        return m.appendTail(bound).toString();
    }

    private static Map<String, String> with(Map<String, String> base, String k1, String v1, String k2, String v2) {
        var values = new LinkedHashMap<>(base);
        values.put(k1, v1);
        values.put(k2, v2);
        return values;
    }

    private static String literal(String text, String type) {
        return "'" + text.replace("'", "''") + "'::" + type;
    }
}
