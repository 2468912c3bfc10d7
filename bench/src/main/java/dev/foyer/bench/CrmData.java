package dev.foyer.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The data set, made with SQL as the embedded PostgreSQL's superuser: per user, 100,000
 * contacts with 1.5 tags each on average over 20 tags, 50,000 deals and 10,000 accounts with 1–3
 * contacts each (a million contacts, half a million deals and 100,000 accounts over ten users).
 * {@code generate_series} inserts draw names and companies from {@link WordLists}.
 *
 * <p>The superuser bypasses row-level security, but every row names its owner, and the composite
 * foreign keys (a tag, deal or assignment within one user) are checked as for any writer. Foyer's
 * triggers fill contact_search and account_search, derive deal status and closing dates, as they
 * do for rows the application writes.
 *
 * <p>Resumable: each step is one transaction per user, skipped when that user's rows are there, so
 * a run on a kept data directory ({@code --data-dir}) finishes what an interrupted one began.
 */
final class CrmData {

    static final int USERS = 10;
    static final int CONTACTS_PER_USER = 100_000;
    static final int DEALS_PER_USER = 50_000;
    static final int ACCOUNTS_PER_USER = 10_000;

    /** One step for one user: whether it is done, and how to do it. */
    private interface Step {
        String name();

        boolean done(Connection c, UUID user) throws SQLException;

        long run(Connection c, UUID user) throws SQLException;
    }

    private final String url;
    private final int contacts;
    private final int deals;
    private final int accounts;
    private final PrintStream out;

    /** The data set, or {@code scale} of it. */
    CrmData(String url, double scale, PrintStream out) {
        this(url, scaled(CONTACTS_PER_USER, scale), scaled(DEALS_PER_USER, scale), scaled(ACCOUNTS_PER_USER, scale), out);
    }

    private CrmData(String url, int contacts, int deals, int accounts, PrintStream out) {
        this.url = url;
        this.contacts = contacts;
        this.deals = deals;
        this.accounts = accounts;
        this.out = out;
    }

    /** Tags, contacts and their tag assignments alone, this many contacts a user. */
    static CrmData contactsOnly(String url, int contacts, PrintStream out) {
        return new CrmData(url, contacts, 0, 0, out);
    }

    int contactsPerUser() {
        return contacts;
    }

    /** Loads what is missing for these users, then VACUUM ANALYZE; answers how long it took. */
    Duration generate(List<UUID> users) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            try (var s = c.createStatement()) {
                // Losing the last transactions to a crash costs only a re-run of their step.
                s.execute("set synchronous_commit = off");
                s.execute("set work_mem = '64MB'");
            }
            c.setAutoCommit(false);
            for (Step step : steps()) {
                long stepStart = System.nanoTime();
                long rows = 0;
                for (int i = 0; i < users.size(); i++) {
                    UUID user = users.get(i);
                    if (step.done(c, user)) {
                        continue;
                    }
                    rows += step.run(c, user);
                    c.commit();
                    out.printf("  %-18s user %2d/%d  %,9d rows so far  %6.1f s%n", step.name(), i + 1, users.size(),
                            rows, seconds(System.nanoTime() - stepStart));
                }
                out.printf("%s: %,d rows in %.1f s%n", step.name(), rows, seconds(System.nanoTime() - stepStart));
            }
            c.setAutoCommit(true);
            long vacuum = System.nanoTime();
            try (var s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            out.printf("vacuum analyze: %.1f s%n", seconds(System.nanoTime() - vacuum));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private List<Step> steps() {
        var contactSteps = List.of(
                step("tags", "select count(*) >= 20 from contact_tags where user_id = ?", CrmSql.TAGS,
                        (c, ps, user) -> {
                            ps.setObject(1, user);
                            ps.setArray(2, c.createArrayOf("text", WordLists.TAGS.toArray()));
                        }),
                step("contacts", "select count(*) >= " + contacts + " from contacts where user_id = ?",
                        CrmSql.CONTACTS, (c, ps, user) -> {
                            ps.setObject(1, user);
                            ps.setInt(2, contacts);
                            words(c, ps, 3, WordLists.FIRST_NAMES, WordLists.LAST_NAMES, WordLists.COMPANY_FIRST,
                                    WordLists.COMPANY_SECOND, WordLists.COMPANY_SUFFIXES, WordLists.JOB_TITLES);
                        }),
                step("tag assignments", "select exists (select 1 from contacts_to_tags where user_id = ?)",
                        CrmSql.TAG_ASSIGNMENTS, (c, ps, user) -> {
                            ps.setObject(1, user);
                            ps.setObject(2, user);
                        }));
        if (deals == 0 && accounts == 0) {
            return contactSteps;
        }
        return Stream.concat(contactSteps.stream(), Stream.of(
                step("deals", "select count(*) >= " + deals + " from deals where user_id = ?",
                        CrmSql.DEALS, (c, ps, user) -> {
                            ps.setObject(1, user);
                            ps.setObject(2, user);
                            ps.setInt(3, contacts);
                            ps.setInt(4, deals);
                            words(c, ps, 5, WordLists.DEAL_TITLES, WordLists.COMPANY_FIRST);
                        }),
                step("accounts", "select count(*) >= " + accounts
                                + " from customer_accounts where created_by = ?",
                        CrmSql.ACCOUNTS, (c, ps, user) -> {
                            ps.setObject(1, user);
                            ps.setInt(2, accounts);
                            words(c, ps, 3, WordLists.COMPANY_FIRST, WordLists.COMPANY_SECOND,
                                    WordLists.COMPANY_SUFFIXES, WordLists.CITIES);
                        }),
                step("account contacts", """
                                select exists (select 1 from customer_contacts cc
                                                 join customer_accounts a on a.id = cc.customer_account_id
                                                where a.created_by = ?)""",
                        CrmSql.ACCOUNT_CONTACTS, (c, ps, user) -> {
                            words(c, ps, 1, WordLists.FIRST_NAMES, WordLists.LAST_NAMES);
                            ps.setObject(3, user);
                        }))).toList();
    }

    private interface Binder {
        void bind(Connection c, PreparedStatement ps, UUID user) throws SQLException;
    }

    private static Step step(String name, String doneSql, String insertSql, Binder binder) {
        return new Step() {
            public String name() {
                return name;
            }

            public boolean done(Connection c, UUID user) throws SQLException {
                try (var ps = c.prepareStatement(doneSql)) {
                    ps.setObject(1, user);
                    try (var rs = ps.executeQuery()) {
                        return rs.next() && rs.getBoolean(1);
                    }
                }
            }

            public long run(Connection c, UUID user) throws SQLException {
                // The account search documents are rebuilt by Foyer's security-definer triggers, which
                // read the account's contacts under row-level security: as the account's owner.
                try (var ps = c.prepareStatement("select set_config('app.user_id', ?, true)")) {
                    ps.setString(1, user.toString());
                    ps.execute();
                }
                try (var ps = c.prepareStatement(insertSql)) {
                    binder.bind(c, ps, user);
                    return ps.executeUpdate();
                }
            }
        };
    }

    @SafeVarargs
    private static void words(Connection c, PreparedStatement ps, int from, List<String>... lists) throws SQLException {
        for (int i = 0; i < lists.length; i++) {
            ps.setArray(from + i, c.createArrayOf("text", lists[i].toArray()));
        }
    }

    private static int scaled(int full, double scale) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
