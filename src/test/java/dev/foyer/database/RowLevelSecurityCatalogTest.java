package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fails as soon as a migration adds a table that holds a user's data, directly or through its
 * parents, without row-level security that binds even the owner and a policy to say who sees what.
 */
@FoyerIntegrationTest
class RowLevelSecurityCatalogTest {

    /** Tables reaching users(id) through foreign keys, and users itself. */
    static final String TABLES_WITH_USER_DATA = """
            with recursive user_data(table_oid) as (
                select 'public.users'::regclass::oid
                union
                select c.conrelid
                  from pg_constraint c
                  join user_data u on c.confrelid = u.table_oid
                 where c.contype = 'f'
            )
            select t.relname as name, t.relrowsecurity as enabled, t.relforcerowsecurity as forced,
                   (select count(*) from pg_policy p where p.polrelid = t.oid) as policies
              from user_data u
              join pg_class t on t.oid = u.table_oid
             order by t.relname
            """;

    @Autowired
    JdbcClient jdbc;

    record TableSecurity(String name, boolean enabled, boolean forced, long policies) {
    }

    @Test
    void everyTableWithUserDataEnablesAndForcesRowLevelSecurityWithPolicies() {
        List<TableSecurity> tables = jdbc.sql(TABLES_WITH_USER_DATA).query(TableSecurity.class).list();

        assertThat(tables).extracting(TableSecurity::name)
                .contains("users", "profiles", "contacts", "contacts_to_tags", "deals", "deal_events",
                        "client_documents", "customer_contacts", "re_property_documents", "ai_jobs");
        assertThat(tables)
                .allSatisfy(t -> assertThat(t.enabled() && t.forced() && t.policies() > 0)
                        .as("%s: ENABLE %s, FORCE %s, %s policies", t.name(), t.enabled(), t.forced(), t.policies())
                        .isTrue());
    }

    @Test
    void onlyTablesWithoutUserDataGoWithoutRowLevelSecurity() {
        List<String> unprotected = jdbc.sql("""
                select relname from pg_class
                 where relnamespace = 'public'::regnamespace and relkind = 'r' and not relrowsecurity
                 order by relname
                """).query(String.class).list();

        // Both are written before anyone has signed in, and neither names a user.
        assertThat(unprotected).containsExactly("flyway_schema_history", "otp_requests", "phone_otps");
    }

    @Test
    void theApplicationRoleCannotTouchTheMigrationHistory() {
        boolean canWrite = jdbc.sql("select has_table_privilege('flyway_schema_history', 'insert, update, delete')")
                .query(Boolean.class).single();

        assertThat(canWrite).isFalse();
    }
}
