package dev.foyer.database;

import static dev.foyer.database.SeedIndexCatalogTest.Kind.COVERING;
import static dev.foyer.database.SeedIndexCatalogTest.Kind.EXPRESSION;
import static dev.foyer.database.SeedIndexCatalogTest.Kind.GIN;
import static dev.foyer.database.SeedIndexCatalogTest.Kind.PARTIAL;
import static dev.foyer.database.SeedIndexCatalogTest.Kind.UNIQUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What seed 003's pgTAP phase checked, for the indexes every seed names: each exists on its table,
 * over the columns, with the predicate, and of the kind (unique, partial, GIN, expression, covering)
 * the seed gives it, and of no other kind. Where Foyer departs from a seed, the comment says so.
 */
@FoyerIntegrationTest
class SeedIndexCatalogTest {

    enum Kind { UNIQUE, PARTIAL, GIN, EXPRESSION, COVERING }

    record SeedIndex(String seed, String name, String table, String definition, Set<Kind> kinds) {
        @Override
        public String toString() {
            return "seed " + seed + " " + name;
        }
    }

    record Catalogued(String table, String definition, Set<Kind> kinds) {
    }

    private static SeedIndex index(String seed, String name, String table, String definition, Kind... kinds) {
        return new SeedIndex(seed, name, table, definition,
                kinds.length == 0 ? EnumSet.noneOf(Kind.class) : EnumSet.of(kinds[0], kinds));
    }

    static Stream<SeedIndex> seedIndexes() {
        return Stream.of(
                index("001", "provider_unique_idx", "user_auth_identities", "btree (provider, provider_id)", UNIQUE),
                index("002", "idx_customer_accounts_company_name", "customer_accounts",
                        "gin (to_tsvector('english'::regconfig, company_name))", GIN, EXPRESSION),
                index("002", "idx_customer_accounts_customer_type", "customer_accounts", "btree (customer_type)"),
                index("002", "idx_customer_accounts_created_at", "customer_accounts", "btree (created_at DESC)"),
                index("002", "idx_customer_accounts_tags", "customer_accounts", "gin (tags)", GIN),
                index("002", "idx_customer_contacts_account_id", "customer_contacts", "btree (customer_account_id)"),
                index("002", "idx_customer_contacts_name", "customer_contacts",
                        "gin (to_tsvector('english'::regconfig, contact_name))", GIN, EXPRESSION),
                index("002", "idx_customer_contacts_email", "customer_contacts", "btree (email)"),
                index("002", "idx_customer_contacts_primary", "customer_contacts",
                        "btree (customer_account_id, is_primary_contact) WHERE (is_primary_contact = true)", PARTIAL),
                index("003", "idx_api_keys_user_id", "api_keys", "btree (user_id)"),
                index("003", "idx_api_keys_service", "api_keys", "btree (service)"),
                index("003", "idx_api_keys_user_service", "api_keys", "btree (user_id, service)"),
                index("003", "idx_api_keys_user_service_unique", "api_keys", "btree (user_id, service)", UNIQUE),
                index("003", "idx_user_plans_user_unique", "user_plans", "btree (user_id)", UNIQUE),
                index("003", "idx_leads_user_id", "leads", "btree (user_id)"),
                index("003", "idx_leads_workspace_id", "leads", "btree (workspace_id)"),
                index("003", "idx_leads_status", "leads", "btree (status)"),
                index("003", "idx_leads_email", "leads", "btree (email)"),
                index("003", "idx_leads_phone", "leads", "btree (phone)"),
                index("003", "idx_leads_user_status", "leads", "btree (user_id, status)"),
                index("003", "idx_leads_user_created", "leads", "btree (user_id, created_at DESC)"),
                index("003", "idx_leads_active", "leads", "btree (user_id, created_at DESC) WHERE ((status = ANY "
                        + "(ARRAY['active'::lead_status, 'qualified'::lead_status])) AND (is_deleted = false))", PARTIAL),
                index("003", "idx_leads_tags_gin", "leads", "gin (tags)", GIN),
                index("003", "idx_leads_email_lower", "leads", "btree (lower(email))", EXPRESSION),
                index("003", "idx_leads_name_lower", "leads", "btree (lower(name))", EXPRESSION),
                // Per user, where the seed's is global (docs/schema.md).
                index("003", "idx_leads_email_unique", "leads",
                        "btree (user_id, lower(email)) WHERE ((email IS NOT NULL) AND (is_deleted = false))",
                        UNIQUE, PARTIAL, EXPRESSION),
                index("003", "idx_leads_phone_unique", "leads",
                        "btree (user_id, phone) WHERE ((phone IS NOT NULL) AND (is_deleted = false))", UNIQUE, PARTIAL),
                index("003", "idx_leads_user_status_covering", "leads",
                        "btree (user_id, status) INCLUDE (name, email, phone, score, created_at)", COVERING),
                index("003", "idx_re_properties_user_id", "re_properties", "btree (user_id)"),
                index("003", "idx_re_properties_status", "re_properties", "btree (status)"),
                index("003", "idx_re_properties_city_state", "re_properties", "btree (city, state)"),
                index("003", "idx_re_properties_zip", "re_properties", "btree (zip)"),
                index("003", "idx_re_properties_location", "re_properties", "btree (city, state, zip)"),
                index("003", "idx_re_properties_user_status", "re_properties", "btree (user_id, status)"),
                index("003", "idx_re_properties_active", "re_properties",
                        "btree (user_id, created_at DESC) WHERE (status = 'active'::text)", PARTIAL),
                index("003", "idx_re_documents_user_id", "re_documents", "btree (user_id)"),
                index("003", "idx_re_documents_property_id", "re_documents", "btree (property_id)"),
                index("003", "idx_re_documents_deal_id", "re_documents", "btree (deal_id)"),
                index("003", "idx_re_documents_type", "re_documents", "btree (type)"),
                index("003", "idx_re_documents_created_at", "re_documents", "btree (created_at DESC)"),
                index("003", "idx_re_documents_user_type", "re_documents", "btree (user_id, type)"),
                index("003", "idx_re_documents_property_created", "re_documents",
                        "btree (property_id, created_at DESC) WHERE (property_id IS NOT NULL)", PARTIAL),
                index("003", "idx_re_documents_metadata_gin", "re_documents", "gin (metadata)", GIN),
                index("003", "idx_lead_documents_lead_id", "re_lead_documents", "btree (lead_id)"),
                index("003", "idx_lead_documents_type", "re_lead_documents", "btree (type)"),
                index("003", "idx_property_documents_property", "re_property_documents", "btree (property_id)"),
                index("003", "idx_property_documents_document", "re_property_documents", "btree (document_id)"),
                index("003", "re_property_documents_pkey", "re_property_documents",
                        "btree (property_id, document_id)", UNIQUE),
                index("003/004", "idx_deals_user_id", "deals", "btree (user_id)"),
                index("003", "idx_deals_status", "deals", "btree (status)"),
                index("003/004", "idx_deals_stage", "deals", "btree (stage)"),
                index("003", "idx_deals_next_action_due", "deals",
                        "btree (next_action_due) WHERE (next_action_due IS NOT NULL)", PARTIAL),
                index("003", "idx_deals_lead_id", "deals", "btree (lead_id) WHERE (lead_id IS NOT NULL)", PARTIAL),
                index("003", "idx_deals_property_id", "deals",
                        "btree (property_id) WHERE (property_id IS NOT NULL)", PARTIAL),
                index("003", "idx_deals_user_status", "deals", "btree (user_id, status)"),
                index("003/004", "idx_deals_user_stage", "deals", "btree (user_id, stage)"),
                index("003", "idx_deals_user_created", "deals", "btree (user_id, created_at DESC)"),
                index("003", "idx_deals_active_next_action", "deals", "btree (user_id, next_action_due) "
                        + "WHERE ((status = 'active'::deal_status) AND (next_action_due IS NOT NULL))", PARTIAL),
                index("003", "idx_deals_property_active_unique", "deals", "btree (property_id) "
                        + "WHERE ((status = 'active'::deal_status) AND (property_id IS NOT NULL))", UNIQUE, PARTIAL),
                // Seed 003's estimated_value is the merged table's value.
                index("003", "idx_deals_user_status_covering", "deals",
                        "btree (user_id, status) INCLUDE (title, value, next_action_due, created_at)", COVERING),
                // Seed 004's contact index, partial like seed 003's lead and property indexes.
                index("004", "idx_deals_contact_id", "deals",
                        "btree (contact_id) WHERE (contact_id IS NOT NULL)", PARTIAL),
                // deal_id first, as the seed has it; created_at after it orders the timeline.
                index("003", "idx_deal_events_deal_id", "deal_events", "btree (deal_id, created_at DESC)"),
                index("003", "idx_deal_events_created_at", "deal_events", "btree (created_at DESC)"),
                index("003", "idx_deal_events_metadata_gin", "deal_events", "gin (metadata)", GIN),
                index("003", "idx_ai_jobs_deal_id", "ai_jobs", "btree (deal_id)"),
                index("003", "idx_ai_jobs_status", "ai_jobs", "btree (status)"),
                index("003", "idx_ai_jobs_created_at", "ai_jobs", "btree (created_at DESC)"),
                index("003", "idx_ai_jobs_pending", "ai_jobs", "btree (created_at DESC) "
                        + "WHERE (status = ANY (ARRAY['queued'::job_status, 'failed'::job_status]))", PARTIAL),
                index("003", "idx_system_logs_level", "system_logs", "btree (level)"),
                index("003", "idx_system_logs_created_at", "system_logs", "btree (created_at DESC)"),
                // Not partial: PostgreSQL refuses the seed's now() in an index predicate (V7 explains).
                index("003", "idx_system_logs_recent", "system_logs", "btree (created_at DESC, level)"),
                index("004", "idx_contacts_user_id", "contacts", "btree (user_id)"),
                index("004", "idx_contacts_email", "contacts", "btree (email)"),
                index("004", "idx_contacts_company", "contacts", "btree (company)"),
                index("004", "idx_contact_tags_user_id", "contact_tags", "btree (user_id)"),
                index("004", "idx_contact_tags_name_user", "contact_tags", "btree (name, user_id)", UNIQUE),
                index("004", "idx_contacts_to_tags_tag_id", "contacts_to_tags", "btree (tag_id)"),
                index("004", "contacts_to_tags_pkey", "contacts_to_tags", "btree (contact_id, tag_id)", UNIQUE));
    }

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedIndexes")
    void indexExistsOnItsTableWithTheSeedsShape(SeedIndex expected) {
        List<Catalogued> found = jdbc.sql("""
                select t.relname as table_name, pg_get_indexdef(i.indexrelid) as definition,
                       i.indisunique as is_unique, i.indpred is not null as is_partial,
                       am.amname = 'gin' as is_gin, i.indexprs is not null as is_expression,
                       i.indnkeyatts < i.indnatts as is_covering
                  from pg_index i
                  join pg_class c on c.oid = i.indexrelid
                  join pg_class t on t.oid = i.indrelid
                  join pg_namespace n on n.oid = c.relnamespace
                  join pg_am am on am.oid = c.relam
                 where n.nspname = 'public' and c.relname = :name
                """).param("name", expected.name()).query((rs, n) -> {
                    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
                    if (rs.getBoolean("is_unique")) kinds.add(UNIQUE);
                    if (rs.getBoolean("is_partial")) kinds.add(PARTIAL);
                    if (rs.getBoolean("is_gin")) kinds.add(GIN);
                    if (rs.getBoolean("is_expression")) kinds.add(EXPRESSION);
                    if (rs.getBoolean("is_covering")) kinds.add(COVERING);
                    return new Catalogued(rs.getString("table_name"), rs.getString("definition"), kinds);
                }).list();

        assertThat(found).as("index %s", expected.name()).hasSize(1);
        Catalogued index = found.get(0);
        assertThat(index.table()).isEqualTo(expected.table());
        assertThat(index.kinds()).as(index.definition()).isEqualTo(expected.kinds());
        assertThat(index.definition())
                .startsWith(expected.kinds().contains(UNIQUE) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .endsWith(" ON public." + expected.table() + " USING " + expected.definition());
    }
}
