package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * search_accounts(): full-text search over company and contact names, ranked, that keeps to the
 * current user although its table has no per-user policy, and that the application role cannot go
 * around.
 */
@FoyerIntegrationTest
class AccountSearchSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    ActingUser owner;
    ActingUser other;

    @BeforeEach
    void setUp() {
        owner = users.create();
        other = users.create();
    }

    @Test
    void findsAccountsByCompanyNameAndByContactNameWithStemming() {
        UUID plumbing = account(owner, "Northwind Plumbing Services");
        UUID bakery = account(owner, "Crumb Bakery");
        contact(owner, bakery, "Marguerite Okafor");

        assertThat(search(owner, "plumber")).isEmpty();
        assertThat(search(owner, "plumbing")).containsExactly(plumbing);
        assertThat(search(owner, "service")).containsExactly(plumbing);
        assertThat(search(owner, "okafor")).containsExactly(bakery);
        assertThat(search(owner, "MARGUERITE okafor")).containsExactly(bakery);
    }

    @Test
    void ranksACompanyNameMatchAboveAContactNameMatch() {
        UUID throughContact = account(owner, "Harbour Electrical");
        contact(owner, throughContact, "Quinton Marlowe");
        UUID byName = account(owner, "Marlowe Landscaping");

        assertThat(search(owner, "marlowe")).containsExactly(byName, throughContact);
    }

    @Test
    void neverReturnsAnotherUsersAccounts() {
        UUID theirs = account(other, "Zanzibar Roofing");
        contact(other, theirs, "Ignatius Fairweather");

        assertThat(search(owner, "zanzibar")).isEmpty();
        assertThat(search(owner, "fairweather")).isEmpty();
        assertThat(search(other, "zanzibar")).containsExactly(theirs);
    }

    @Test
    void nobodyFindsNothing() {
        account(owner, "Ottoline Nobody Cleaning");

        assertThat(users.inTransactionAsNobody(() -> jdbc.sql("select account_id from search_accounts('ottoline')")
                .query(UUID.class).list())).isEmpty();
    }

    @Test
    void followsRenamesAndContactChangesAndDeletes() {
        UUID id = account(owner, "Oldname Holdings");
        UUID contact = contact(owner, id, "Persephone Quill");

        users.runAs(owner, () -> jdbc.sql("update customer_accounts set company_name = 'Brandnew Holdings' where id = :id")
                .param("id", id).update());
        users.runAs(owner, () -> jdbc.sql("update customer_contacts set contact_name = 'Persephone Vantablack' where id = :id")
                .param("id", contact).update());

        assertThat(search(owner, "oldname")).isEmpty();
        assertThat(search(owner, "brandnew")).containsExactly(id);
        assertThat(search(owner, "quill")).isEmpty();
        assertThat(search(owner, "vantablack")).containsExactly(id);

        users.runAs(owner, () -> jdbc.sql("delete from customer_contacts where id = :id").param("id", contact).update());
        assertThat(search(owner, "vantablack")).isEmpty();
        assertThat(search(owner, "brandnew")).containsExactly(id);

        users.runAs(owner, () -> jdbc.sql("delete from customer_accounts where id = :id").param("id", id).update());
        assertThat(search(owner, "brandnew")).isEmpty();
    }

    @Test
    void deletingAnAccountWithContactsLeavesNoSearchRowBehind() {
        UUID id = account(owner, "Cascade Gutters");
        contact(owner, id, "Wilhelmina Drip");
        contact(owner, id, "Bartholomew Spout");

        users.runAs(owner, () -> jdbc.sql("delete from customer_accounts where id = :id").param("id", id).update());

        assertThat(users.inTransactionAs(users.create("admin"), () -> jdbc.sql("""
                select count(*) from customer_contacts where customer_account_id = :id
                """).param("id", id).query(Long.class).single())).isZero();
        assertThat(search(owner, "cascade")).isEmpty();
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        account(owner, "The And Of");

        assertThat(search(owner, "")).isEmpty();
        assertThat(search(owner, "the")).isEmpty();
        assertThat(search(owner, "&|!(")).isEmpty();
    }

    @Test
    void theApplicationRoleCannotReadTheSearchTableDirectly() {
        assertThatThrownBy(() -> users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from account_search")
                .query(Long.class).single()))
                .hasRootCauseMessage("ERROR: permission denied for table account_search");
    }

    private UUID account(ActingUser user, String companyName) {
        return users.inTransactionAs(user, () -> jdbc.sql("""
                insert into customer_accounts (company_name, customer_type, created_by)
                values (:name, 'Commercial', :user) returning id
                """).param("name", companyName).param("user", user.id()).query(UUID.class).single());
    }

    private UUID contact(ActingUser user, UUID accountId, String name) {
        return users.inTransactionAs(user, () -> jdbc.sql("""
                insert into customer_contacts (customer_account_id, contact_name) values (:account, :name) returning id
                """).param("account", accountId).param("name", name).query(UUID.class).single());
    }

    private List<UUID> search(ActingUser user, String query) {
        return users.inTransactionAs(user, () -> jdbc.sql("""
                select account_id from search_accounts(:q) order by rank desc, account_id
                """).param("q", query).query(UUID.class).list());
    }
}
