package dev.foyer.accounts;

import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.RowVisibility;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 002's policies, as the application role: an account belongs to whoever created or last
 * updated it, its contacts follow it, admins read all.
 */
@FoyerIntegrationTest
class AccountsRowSecurityTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    AccountRows rows;
    RowVisibility visibility;
    ActingUser owner;
    ActingUser other;
    UUID account;

    @BeforeEach
    void setUp() {
        rows = new AccountRows(users, jdbc);
        visibility = new RowVisibility(users, jdbc);
        owner = users.create();
        other = users.create();
        account = rows.account(owner);
    }

    @Test
    void accountIsInvisibleToAnotherUser() {
        visibility.assertVisibleTo(owner, "customer_accounts", account);
        visibility.assertInvisibleTo(other, owner, "customer_accounts", account);
    }

    @Test
    void accountIsHiddenFromNobody() {
        visibility.assertHiddenFromNobody(owner, "customer_accounts", account);
    }

    @Test
    void userCannotCreateAccountInAnotherUsersName() {
        assertRefusedByRowSecurity("customer_accounts",
                () -> users.inTransactionAs(other, () -> rows.insertAccount(owner.id(), "Residential")));
    }

    @Test
    void nobodyCannotCreateAccount() {
        assertRefusedByRowSecurity("customer_accounts",
                () -> users.inTransactionAsNobody(() -> rows.insertAccount(owner.id(), "Residential")));
    }

    @Test
    void adminReadsEveryAccount() {
        visibility.assertVisibleTo(users.create("admin"), "customer_accounts", account);
    }

    @Test
    void ownerCannotHandTheAccountToAnotherUserThroughUpdatedBy() {
        users.runAs(owner, () -> jdbc.sql("update customer_accounts set updated_by = :other where id = :id")
                .param("other", other.id()).param("id", account).update());

        visibility.assertInvisibleTo(other, owner, "customer_accounts", account);
    }

    @Test
    void contactIsInvisibleToAnotherUser() {
        UUID contact = rows.contact(owner, account, AccountRows.uniqueEmail(), true);

        visibility.assertVisibleTo(owner, "customer_contacts", contact);
        visibility.assertInvisibleTo(other, owner, "customer_contacts", contact);
    }

    @Test
    void contactIsHiddenFromNobody() {
        visibility.assertHiddenFromNobody(owner, "customer_contacts", rows.contact(owner, account, null, false));
    }

    @Test
    void userCannotAddContactToAnotherUsersAccount() {
        assertRefusedByRowSecurity("customer_contacts",
                () -> users.inTransactionAs(other, () -> rows.insertContact(other.id(), account, null, false)));
    }

    @Test
    void adminReadsEveryContact() {
        visibility.assertVisibleTo(users.create("admin"), "customer_contacts",
                rows.contact(owner, account, null, false));
    }

    @Test
    void ownerCannotHandTheAccountsContactsToAnotherUser() {
        UUID contact = rows.contact(owner, account, null, false);
        users.runAs(owner, () -> jdbc.sql("update customer_accounts set updated_by = :other where id = :id")
                .param("other", other.id()).param("id", account).update());

        visibility.assertInvisibleTo(other, owner, "customer_contacts", contact);
    }
}
