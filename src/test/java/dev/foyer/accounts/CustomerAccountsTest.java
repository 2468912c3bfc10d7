package dev.foyer.accounts;

import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 002's customer_accounts: Residential or Commercial customers with addresses and tags. */
@FoyerIntegrationTest
class CustomerAccountsTest {

    static final String ADDRESS = """
            {"street": "123 Main Street", "city": "Anytown", "state": "CA", "zip": "12345", "country": "USA"}""";

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    AccountRows rows;
    ActingUser owner;

    @BeforeEach
    void setUp() {
        rows = new AccountRows(users, jdbc);
        owner = users.create();
    }

    @Test
    void everyColumnRoundTrips() {
        var row = users.inTransactionAs(owner, () -> {
            UUID id = jdbc.sql("""
                    insert into customer_accounts (company_name, customer_type, billing_address, service_address,
                                                   account_notes, tags, created_by)
                    values ('Acme Homes', 'Residential', :address::jsonb, '{"city": "Elsewhere"}', 'Gate code 42',
                            '{vip,north}', :ownerId)
                    returning id
                    """).param("address", ADDRESS).param("ownerId", owner.id())
                    .query(UUID.class).single();
            return accountRow(id);
        });

        assertThat(row).containsEntry("company_name", "Acme Homes").containsEntry("customer_type", "Residential")
                .containsEntry("billing_matches", true).containsEntry("service_city", "Elsewhere")
                .containsEntry("account_notes", "Gate code 42").containsEntry("tags_text", "{vip,north}")
                .containsEntry("created_by", owner.id()).containsEntry("updated_by", null);
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
        assertThat(instant(row, "updated_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void addressesAndTagsDefaultToEmpty() {
        var row = users.inTransactionAs(owner, () -> accountRow(rows.insertAccount(owner.id(), "Commercial")));

        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(row).containsEntry("billing_text", "{}").containsEntry("service_text", "{}")
                .containsEntry("tags_text", "{}").containsEntry("account_notes", null)
                .containsEntry("updated_by", null);
    }

    @Test
    void updatedAtMovesOnUpdate() {
        UUID id = rows.account(owner);
        var before = users.inTransactionAs(owner, () -> accountRow(id));

        var after = users.inTransactionAs(owner, () -> {
            jdbc.sql("update customer_accounts set account_notes = 'Called' where id = :id").param("id", id).update();
            return accountRow(id);
        });

        assertThat(instant(after, "updated_at")).isAfter(instant(before, "updated_at"));
        assertThat(instant(after, "created_at")).isEqualTo(instant(before, "created_at"));
    }

    @Test
    void customerTypeIsOnlyResidentialOrCommercial() {
        for (String type : new String[] {"Industrial", "residential", ""}) {
            assertViolates("customer_accounts_customer_type_check",
                    () -> users.inTransactionAs(owner, () -> rows.insertAccount(owner.id(), type)));
        }
    }

    @Test
    void billingAddressMustBeJsonObject() {
        UUID id = rows.account(owner);

        for (String notAnObject : new String[] {"[]", "\"123 Main Street\"", "null", "42"}) {
            assertViolates("customer_accounts_billing_address_object", () -> setJson(id, "billing_address", notAnObject));
        }
    }

    @Test
    void serviceAddressMustBeJsonObject() {
        UUID id = rows.account(owner);

        assertViolates("customer_accounts_service_address_object", () -> setJson(id, "service_address", "[\"a\"]"));
        setJson(id, "service_address", ADDRESS);
    }

    @Test
    void theDatabaseWritesWhoCreatedAndWhoLastUpdated() {
        var someoneElse = users.create();
        UUID id = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into customer_accounts (company_name, customer_type, created_by, updated_by)
                values ('Stamped', 'Commercial', :owner, :someoneElse) returning id
                """).param("owner", owner.id()).param("someoneElse", someoneElse.id()).query(UUID.class).single());
        assertThat(users.inTransactionAs(owner, () -> accountRow(id))).containsEntry("updated_by", null);

        users.runAs(owner, () -> jdbc.sql("""
                update customer_accounts set created_by = :someoneElse, updated_by = :someoneElse where id = :id
                """).param("someoneElse", someoneElse.id()).param("id", id).update());

        assertThat(users.inTransactionAs(owner, () -> accountRow(id)))
                .containsEntry("created_by", owner.id()).containsEntry("updated_by", owner.id());
    }

    @Test
    void deletingCreatorDeletesTheirAccountsAndContacts() {
        var admin = users.create("admin");
        UUID id = rows.account(owner);
        UUID contact = rows.contact(owner, id, AccountRows.uniqueEmail(), true);

        rows.deleteUser(owner);

        assertThat(rows.countAsAdmin(admin, "customer_accounts", "id", id)).isZero();
        assertThat(rows.countAsAdmin(admin, "customer_contacts", "id", contact)).isZero();
    }

    @Test
    void editorReferencesKeepTheRowWhenTheEditorGoes() {
        // Only the creator can be an editor now (the trigger writes updated_by), so deleting the editor
        // deletes the account by its creator; the SET NULL rule is read from the catalog.
        var actions = jdbc.sql("""
                select conname, confdeltype from pg_constraint
                 where conname in ('customer_accounts_updated_by_fkey', 'customer_contacts_created_by_fkey',
                                   'customer_contacts_updated_by_fkey', 'customer_accounts_created_by_fkey')
                """).query((rs, n) -> rs.getString(1) + "=" + rs.getString(2)).list();

        assertThat(actions).containsExactlyInAnyOrder("customer_accounts_updated_by_fkey=n",
                "customer_contacts_created_by_fkey=n", "customer_contacts_updated_by_fkey=n",
                "customer_accounts_created_by_fkey=c");
    }

    @Test
    void seedIndexesExistUnderTheirNames() {
        var names = jdbc.sql("""
                select indexname from pg_indexes where tablename in ('customer_accounts', 'customer_contacts')
                """).query(String.class).list();

        assertThat(names).contains("idx_customer_accounts_company_name", "idx_customer_accounts_customer_type",
                "idx_customer_accounts_created_at", "idx_customer_accounts_tags", "idx_customer_contacts_account_id",
                "idx_customer_contacts_name", "idx_customer_contacts_email", "idx_customer_contacts_primary");
    }

    private Map<String, Object> accountRow(UUID id) {
        return jdbc.sql("""
                select *, billing_address = cast(:address as jsonb) as billing_matches,
                       service_address ->> 'city' as service_city, billing_address::text as billing_text,
                       service_address::text as service_text, tags::text as tags_text, now() as tx_time
                  from customer_accounts where id = :id
                """).param("address", ADDRESS).param("id", id).query().singleRow();
    }

    private void setJson(UUID id, String column, String json) {
        users.runAs(owner, () -> jdbc.sql("update customer_accounts set " + column + " = cast(:json as jsonb) where id = :id")
                .param("json", json).param("id", id).update());
    }
}
