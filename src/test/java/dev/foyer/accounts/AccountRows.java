package dev.foyer.accounts;

import java.util.UUID;

import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of seed 002's customer accounts and contacts, written by the user who owns them. */
final class AccountRows {

    private final TestUsers users;
    private final JdbcClient jdbc;

    AccountRows(TestUsers users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    UUID account(ActingUser owner) {
        return users.inTransactionAs(owner, () -> insertAccount(owner.id(), "Commercial"));
    }

    /** Inserts in the caller's transaction, as whoever it is bound to. */
    UUID insertAccount(UUID createdBy, String customerType) {
        return jdbc.sql("""
                insert into customer_accounts (company_name, customer_type, created_by)
                values ('Northwind Plumbing', :customerType, :createdBy)
                returning id
                """).param("customerType", customerType).param("createdBy", createdBy).query(UUID.class).single();
    }

    UUID contact(ActingUser author, UUID accountId, String email, boolean primary) {
        return users.inTransactionAs(author, () -> insertContact(author.id(), accountId, email, primary));
    }

    /** Inserts in the caller's transaction, as whoever it is bound to. */
    UUID insertContact(UUID createdBy, UUID accountId, String email, boolean primary) {
        return jdbc.sql("""
                insert into customer_contacts (customer_account_id, contact_name, email, is_primary_contact, created_by)
                values (:accountId, 'Dana Reyes', :email, :primary, :createdBy)
                returning id
                """).param("accountId", accountId).param("email", email).param("primary", primary)
                .param("createdBy", createdBy).query(UUID.class).single();
    }

    void setPrimary(ActingUser user, UUID contactId, boolean primary) {
        users.runAs(user, () -> jdbc.sql("update customer_contacts set is_primary_contact = :primary where id = :id")
                .param("primary", primary).param("id", contactId).update());
    }

    long countAsAdmin(ActingUser admin, String table, String column, UUID value) {
        return users.inTransactionAs(admin, () -> jdbc.sql("select count(*) from " + table + " where " + column + " = :value")
                .param("value", value).query(Long.class).single());
    }

    void deleteUser(ActingUser user) {
        users.runAs(user, () -> jdbc.sql("delete from users where id = :id").param("id", user.id()).update());
    }

    static String uniqueEmail() {
        return "dana-" + UUID.randomUUID() + "@example.com";
    }
}
