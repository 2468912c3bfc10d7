package dev.foyer.accounts;

import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 002's customer_contacts: the people of an account, at most one of them primary. */
@FoyerIntegrationTest
class CustomerContactsTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    AccountRows rows;
    ActingUser owner;
    UUID account;

    @BeforeEach
    void setUp() {
        rows = new AccountRows(users, jdbc);
        owner = users.create();
        account = rows.account(owner);
    }

    @Test
    void everyColumnRoundTrips() {
        var row = users.inTransactionAs(owner, () -> {
            UUID id = jdbc.sql("""
                    insert into customer_contacts (customer_account_id, contact_name, email, phone, role,
                                                   is_primary_contact, contact_notes, created_by, updated_by)
                    values (:account, 'Dana Reyes', 'dana@northwind.example', '+15551234567', 'Office manager',
                            true, 'Prefers email', :owner, :owner)
                    returning id
                    """).param("account", account).param("owner", owner.id()).query(UUID.class).single();
            return contactRow(id);
        });

        assertThat(row).containsEntry("customer_account_id", account).containsEntry("contact_name", "Dana Reyes")
                .containsEntry("email", "dana@northwind.example").containsEntry("phone", "+15551234567")
                .containsEntry("role", "Office manager").containsEntry("is_primary_contact", true)
                .containsEntry("contact_notes", "Prefers email")
                .containsEntry("created_by", owner.id()).containsEntry("updated_by", null);
        assertThat(instant(row, "created_at")).isEqualTo(instant(row, "tx_time"));
        assertThat(instant(row, "updated_at")).isEqualTo(instant(row, "tx_time"));
    }

    @Test
    void contactIsNotPrimaryByDefault() {
        UUID id = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into customer_contacts (customer_account_id, contact_name) values (:account, 'Lee') returning id
                """).param("account", account).query(UUID.class).single());

        assertThat(users.inTransactionAs(owner, () -> contactRow(id))).containsEntry("is_primary_contact", false)
                .containsEntry("email", null).containsEntry("created_by", owner.id());
    }

    @Test
    void updatedAtMovesOnUpdate() {
        UUID id = rows.contact(owner, account, null, false);
        var before = users.inTransactionAs(owner, () -> contactRow(id));

        var after = users.inTransactionAs(owner, () -> {
            jdbc.sql("update customer_contacts set phone = '+15550000000' where id = :id").param("id", id).update();
            return contactRow(id);
        });

        assertThat(instant(after, "updated_at")).isAfter(instant(before, "updated_at"));
    }

    @Test
    void theDatabaseWritesWhoLastUpdatedAContactWhateverTheStatementSays() {
        UUID id = rows.contact(owner, account, null, false);
        ActingUser someoneElse = users.create();

        var row = users.inTransactionAs(owner, () -> {
            jdbc.sql("update customer_contacts set role = 'Owner', created_by = :other, updated_by = :other where id = :id")
                    .param("other", someoneElse.id()).param("id", id).update();
            return contactRow(id);
        });

        assertThat(row).containsEntry("role", "Owner").containsEntry("created_by", owner.id())
                .containsEntry("updated_by", owner.id());
    }

    @Test
    void contactNameIsRequired() {
        UUID id = rows.contact(owner, account, null, false);

        assertThatThrownBy(() -> users.runAs(owner, () -> jdbc.sql("update customer_contacts set contact_name = null where id = :id")
                .param("id", id).update()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("null value in column \"contact_name\"");
    }

    @Test
    void rejectsSecondPrimaryContactInAccount() {
        rows.contact(owner, account, null, true);
        UUID second = rows.contact(owner, account, null, false);

        assertViolates("customer_contacts_one_primary", () -> rows.contact(owner, account, null, true));
        assertViolates("customer_contacts_one_primary", () -> rows.setPrimary(owner, second, true));
    }

    @Test
    void primaryContactMovesWhenTheOldOneStepsDown() {
        UUID first = rows.contact(owner, account, null, true);
        UUID second = rows.contact(owner, account, null, false);
        rows.contact(owner, account, null, false);

        users.runAs(owner, () -> {
            rows.setPrimary(owner, first, false);
            rows.setPrimary(owner, second, true);
        });

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("""
                select id from customer_contacts where customer_account_id = :account and is_primary_contact
                """).param("account", account).query(UUID.class).list())).containsExactly(second);
    }

    @Test
    void eachAccountHasItsOwnPrimaryContact() {
        UUID other = rows.account(owner);

        rows.contact(owner, account, null, true);
        rows.contact(owner, other, null, true);

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("""
                select count(*) from customer_contacts where customer_account_id in (:a, :b) and is_primary_contact
                """).param("a", account).param("b", other).query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void rejectsSameEmailTwiceInAccountIgnoringCase() {
        String email = AccountRows.uniqueEmail();
        rows.contact(owner, account, email, false);

        assertViolates("customer_contacts_account_email_key", () -> rows.contact(owner, account, email.toUpperCase(), false));
    }

    @Test
    void acceptsSameEmailInTwoAccounts() {
        String email = AccountRows.uniqueEmail();
        UUID other = rows.account(owner);

        rows.contact(owner, account, email, false);
        rows.contact(owner, other, email, false);

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from customer_contacts where email = :email")
                .param("email", email).query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void acceptsManyContactsWithoutEmail() {
        rows.contact(owner, account, null, false);
        rows.contact(owner, account, null, false);

        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("""
                select count(*) from customer_contacts where customer_account_id = :account and email is null
                """).param("account", account).query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void deletingAccountDeletesItsContacts() {
        var admin = users.create("admin");
        rows.contact(owner, account, AccountRows.uniqueEmail(), true);
        rows.contact(owner, account, null, false);

        users.runAs(owner, () -> jdbc.sql("delete from customer_accounts where id = :id").param("id", account).update());

        assertThat(rows.countAsAdmin(admin, "customer_contacts", "customer_account_id", account)).isZero();
    }


    private Map<String, Object> contactRow(UUID id) {
        return jdbc.sql("select *, now() as tx_time from customer_contacts where id = :id").param("id", id)
                .query().singleRow();
    }
}
