package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dev.foyer.FoyerIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@FoyerIntegrationTest
class MigrationTest {

    static final List<String> SEED_TABLES = List.of(
            // seed 000
            "realtor_clients", "client_onboarding", "client_documents", "shareable_profile_tokens",
            // seed 001
            "users", "user_auth_identities", "user_refresh_tokens", "phone_otps",
            // seed 002
            "customer_accounts", "customer_contacts",
            // seed 003, deals merged with seed 004's
            "profiles", "api_keys", "user_plans", "leads", "re_properties", "re_documents",
            "re_lead_documents", "re_property_documents", "deals", "deal_events", "ai_jobs", "system_logs",
            // seed 004
            "contacts", "contact_tags", "contacts_to_tags");

    /** Tables Foyer adds to make the seeds' rules work; docs/schema.md says why each exists. */
    static final List<String> FOYER_TABLES = List.of("retired_refresh_tokens", "otp_requests", "deal_stages",
            "contact_search", "account_search", "client_invitations", "share_link_views", "storage_deletions",
            "deal_totals", "contact_counts", "closed_deal_totals", "contact_search_runs");

    @Autowired
    DatabaseServer server;

    ScratchDatabases scratch;
    String database;

    @BeforeEach
    void createEmptyDatabase() {
        scratch = new ScratchDatabases(server);
        database = scratch.create();
    }

    @AfterEach
    void dropIt() {
        scratch.drop(database);
    }

    @Test
    void migrationsApplyToAnEmptyDatabaseAndAreANoOpTheSecondTime() {
        var flyway = flyway();

        int first = flyway.migrate().migrationsExecuted;
        int second = flyway.migrate().migrationsExecuted;

        assertThat(first).isEqualTo(flyway.info().applied().length).isPositive();
        assertThat(second).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void migrationsCreateEveryTableOfTheFiveSeeds() {
        flyway().migrate();

        var tables = JdbcClient.create(new DriverManagerDataSource(scratch.jdbcUrl(database), EmbeddedDatabase.OWNER, ""))
                .sql("""
                        select table_name from information_schema.tables
                         where table_schema = 'public' and table_name <> 'flyway_schema_history'
                        """).query(String.class).list();

        assertThat(SEED_TABLES).hasSize(25);
        assertThat(tables).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(SEED_TABLES.stream(), FOYER_TABLES.stream()).toList());
    }

    @Test
    void usersWhoExistedBeforePipelinesGetTheDefaultStages() throws Exception {
        var userId = userAtVersion("8");

        flyway().migrate();

        var owner = owner();
        long stages = owner.sql("""
                select count(*) from (select set_config('app.user_id', :id, false)) bind, deal_stages
                """).param("id", userId.toString()).query(Long.class).single();
        assertThat(stages).isEqualTo(6);
    }

    @Test
    void dealsThatExistedBeforePositionsKeepTheirNewestFirstOrderAndNewOnesGoOnTop() throws Exception {
        var userId = userAtVersion("16");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into deals (user_id, title, value, currency, stage, created_at, updated_at)
                    values ('%1$s', 'Oldest', 1, 'AUD', 'Prospecting', '2024-01-01Z', '2024-02-01Z'),
                           ('%1$s', 'Newest', 1, 'AUD', 'Prospecting', '2024-03-01Z', '2024-03-01Z'),
                           ('%1$s', 'Middle', 1, 'AUD', 'Prospecting', '2024-02-01Z', '2024-02-01Z')
                    """.formatted(userId));
        }

        flyway().migrate();

        var owner = owner();
        owner.sql("""
                insert into deals (user_id, title, value, currency, stage)
                select cast(:id as uuid), 'Brand new', 1, 'AUD', 'Prospecting'
                  from (select set_config('app.user_id', :id, false)) bind
                """).param("id", userId.toString()).update();
        var column = owner.sql("""
                select title || ' ' || to_char(updated_at at time zone 'UTC', 'YYYY-MM')
                  from (select set_config('app.user_id', :id, false)) bind, deals
                 where title <> 'Brand new'
                 order by position desc
                """).param("id", userId.toString()).query(String.class).list();
        assertThat(column).as("no updated_at was touched").containsExactly("Newest 2024-03", "Middle 2024-02",
                "Oldest 2024-02");
        var top = owner.sql("""
                select title from (select set_config('app.user_id', :id, false)) bind, deals
                 order by position desc limit 1
                """).param("id", userId.toString()).query(String.class).single();
        assertThat(top).isEqualTo("Brand new");
    }

    @Test
    void wonLostAndArchivedDealsKeepTheirStatusClosingDateAndTotalsThroughThePositionsMigration() throws Exception {
        var userId = userAtVersion("16");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into deals (user_id, title, value, currency, stage)
                    values ('%1$s', 'Won', 100, 'AUD', 'Closed Won'), ('%1$s', 'Lost', 20, 'AUD', 'Closed Lost'),
                           ('%1$s', 'Open', 3, 'AUD', 'Proposal')
                    """.formatted(userId));
            statement.execute("update deals set status = 'archived' where title = 'Open'");
        }
        String deals = """
                select title || ' ' || status || ' ' || (closed_at is not null) || ' ' || updated_at
                  from (select set_config('app.user_id', :id, false)) bind, deals order by title
                """;
        String totals = """
                select stage || ' ' || status || ' ' || deals || ' ' || value
                  from (select set_config('app.user_id', :id, false)) bind, deal_totals order by stage, status
                """;
        var owner = owner();
        var dealsBefore = owner.sql(deals).param("id", userId.toString()).query(String.class).list();
        var totalsBefore = owner.sql(totals).param("id", userId.toString()).query(String.class).list();

        flyway().migrate();

        assertThat(dealsBefore).anyMatch(deal -> deal.startsWith("Won won true"))
                .anyMatch(deal -> deal.startsWith("Lost lost true")).anyMatch(deal -> deal.startsWith("Open archived"));
        assertThat(owner.sql(deals).param("id", userId.toString()).query(String.class).list()).isEqualTo(dealsBefore);
        assertThat(owner.sql(totals).param("id", userId.toString()).query(String.class).list()).isEqualTo(totalsBefore);
    }

    @Test
    void dealsWonOrLostBeforeClosingDatesAreDatedByTheirLastChange() throws Exception {
        var userId = userAtVersion("9");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into deals (user_id, title, value, currency, stage)
                    values ('%1$s', 'Won', 100, 'AUD', 'Closed Won'), ('%1$s', 'Open', 3, 'AUD', 'Proposal')
                    """.formatted(userId));
            statement.execute("alter table deals disable trigger deals_set_updated_at");
            statement.execute("update deals set updated_at = '2025-06-30Z'");
            statement.execute("alter table deals enable trigger deals_set_updated_at");
        }

        flyway().migrate();

        var owner = owner();
        var deals = owner.sql("""
                select title || ' ' || status || ' ' || coalesce(to_char(closed_at at time zone 'UTC', 'YYYY-MM-DD'), '-')
                  from (select set_config('app.user_id', :id, false)) bind, deals order by title
                """).param("id", userId.toString()).query(String.class).list();
        assertThat(deals).containsExactly("Open active -", "Won won 2025-06-30");
    }

    @Test
    void contactsWhoExistedBeforeTheSearchKeptNamesAreSearchedInNameOrder() throws Exception {
        var userId = userAtVersion("17");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            for (String name : List.of("Emerson", "Bronson", "Dawson", "Anderson", "Carlson")) {
                statement.execute("insert into contacts (user_id, last_name) values ('" + userId + "', '" + name + "')");
            }
        }

        flyway().migrate();

        var owner = owner();
        var names = owner.sql("""
                select c.last_name
                  from (select set_config('app.user_id', :id, false)) bind,
                       search_contacts_page('son', 'name', false, 10, 0, 10) f
                  join contacts c on c.id = f.contact_id
                 order by f.place
                """).param("id", userId.toString()).query(String.class).list();
        assertThat(names).containsExactly("Anderson", "Bronson", "Carlson", "Dawson", "Emerson");
    }

    @Test
    void contactsWhoExistedBeforeTheRunsAreInTheirLastNamesRunAndFoundThroughIt() throws Exception {
        var userId = userAtVersion("31");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into contacts (user_id, first_name, last_name, company)
                    select '%1$s'::uuid, 'Abel ' || g, 'Abbott', null from generate_series(1, 12) g
                    union all select '%1$s'::uuid, 'Zane', 'Zimmer', null
                    union all select '%1$s'::uuid, 'Bo', 'Brown', 'Zimmer Homes'
                    union all select '%1$s'::uuid, 'Zimmerman', null, null
                    """.formatted(userId));
        }

        flyway().migrate();

        var owner = owner();
        var runs = owner.sql("""
                select last_name_key || ' ' || contacts || ' ' || (keys @> contact_search_run_keys(user_id, 'zimmer'))
                  from contact_search_runs where user_id = :id order by last_name_key
                """).param("id", userId).query(String.class).list();
        assertThat(runs).containsExactly(" 1 true", "abbott 12 false", "brown 1 true", "zimmer 1 true");
        var found = owner.sql("""
                select c.first_name
                  from (select set_config('app.user_id', :id, false)) bind,
                       search_contacts_page('zimmer', 'name', false, 10, 0, 10) f
                  join contacts c on c.id = f.contact_id
                 order by f.place
                """).param("id", userId.toString()).query(String.class).list();
        assertThat(found).containsExactly("Bo", "Zane", "Zimmerman");
    }

    @Test
    void tagsThatDifferedOnlyInCaseKeepTheirContactsUnderNamesOfTheirOwn() throws Exception {
        var userId = userAtVersion("32");
        String longName = "A".repeat(50);
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into contact_tags (user_id, name, color, created_at)
                    values ('%1$s', 'VIP (2)', '#000000', '2025-01-01'), ('%1$s', 'VIP', '#000000', '2025-01-02'),
                           ('%1$s', 'vip', '#000000', '2025-01-03'), ('%1$s', 'Vip', '#000000', '2025-01-04'),
                           ('%1$s', '%2$s', '#000000', '2025-01-05'), ('%1$s', lower('%2$s'), '#000000', '2025-01-06');
                    insert into contacts (user_id, first_name) values ('%1$s', 'Tagged');
                    insert into contacts_to_tags (contact_id, tag_id, user_id)
                    select c.id, t.id, c.user_id from contacts c join contact_tags t on t.user_id = c.user_id
                     where c.user_id = '%1$s';
                    """.formatted(userId, longName));
        }

        flyway().migrate();

        var owner = owner();
        var tags = owner.sql("""
                select t.name
                  from (select set_config('app.user_id', :id, false)) bind, contact_tags t
                  join contacts_to_tags a on a.tag_id = t.id
                 order by t.created_at
                """).param("id", userId.toString()).query(String.class).list();
        assertThat(tags).containsExactly("VIP (2)", "VIP", "vip (3)", "Vip (4)", longName, "a".repeat(46) + " (2)");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                    "insert into contact_tags (user_id, name, color) values ('" + userId + "', 'vIp', '#000000')"))
                    .hasMessageContaining("idx_contact_tags_user_lower_name");
        }
    }

    @Test
    void dealsClosedBeforeTheMonthlyTotalsAreCountedInTheirMonthAndArchivedOnesAreNot() throws Exception {
        var userId = userAtVersion("23");
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("""
                    insert into deals (user_id, title, value, currency, stage, closed_at)
                    values ('%1$s', 'Won in May', 100, 'AUD', 'Closed Won', '2025-05-31T23:00:00Z'),
                           ('%1$s', 'Won in May too', 50, 'AUD', 'Closed Won', '2025-05-01T00:00:00Z'),
                           ('%1$s', 'Lost in June', 20, 'USD', 'Closed Lost', '2025-06-01T00:00:00Z'),
                           ('%1$s', 'Archived', 7, 'AUD', 'Closed Won', '2025-06-02T00:00:00Z'),
                           ('%1$s', 'Open', 3, 'AUD', 'Proposal', null)
                    """.formatted(userId));
            statement.execute("update deals set status = 'archived' where title = 'Archived'");
        }

        flyway().migrate();

        var totals = owner().sql("""
                select to_char(month at time zone 'UTC', 'YYYY-MM') || ' ' || status || ' ' || currency || ' '
                       || deals || ' ' || value
                  from (select set_config('app.user_id', :id, false)) bind, closed_deal_totals order by month, status
                """).param("id", userId.toString()).query(String.class).list();
        assertThat(totals).containsExactly("2025-05 won AUD 2 150.00", "2025-06 lost USD 1 20.00");
    }

    /** A database migrated up to {@code version} with one user, made as the owner. */
    private java.util.UUID userAtVersion(String version) throws java.sql.SQLException {
        Flyway.configure().dataSource(scratch.jdbcUrl(database), EmbeddedDatabase.OWNER, "")
                .locations("classpath:db/migration").placeholders(Map.of("app_role", server.location().appUser()))
                .target(version).load().migrate();
        var userId = java.util.UUID.randomUUID();
        try (var connection = ownerConnection(userId); var statement = connection.createStatement()) {
            statement.execute("insert into users (id) values ('" + userId + "')");
        }
        return userId;
    }

    /** A connection as the owner, with {@code userId} bound as the signed-in user. */
    private java.sql.Connection ownerConnection(java.util.UUID userId) throws java.sql.SQLException {
        var connection = java.sql.DriverManager.getConnection(scratch.jdbcUrl(database), EmbeddedDatabase.OWNER, "");
        try (var statement = connection.createStatement()) {
            statement.execute("select set_config('app.user_id', '" + userId + "', false)");
        }
        return connection;
    }

    private JdbcClient owner() {
        return JdbcClient.create(new DriverManagerDataSource(scratch.jdbcUrl(database), EmbeddedDatabase.OWNER, ""));
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(scratch.jdbcUrl(database), EmbeddedDatabase.OWNER, "")
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", server.location().appUser()))
                .load();
    }
}
