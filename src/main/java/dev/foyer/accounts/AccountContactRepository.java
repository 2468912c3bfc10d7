package dev.foyer.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Seed 002's customer_contacts. Reads reach a contact only through an account the user owns, so a
 * contact id of another user's account, or of another account, finds nothing.
 */
@Repository
class AccountContactRepository {

    private static final RecordMapper<AccountContactView> ACCOUNT_CONTACTS = RecordMapper.of(AccountContactView.class);

    private static final String CONTACT_COLUMNS = """
            c.id, c.customer_account_id as account_id, c.contact_name as name, c.email, c.phone, c.role,
            c.is_primary_contact as is_primary, c.contact_notes as notes, c.created_by, c.updated_by,
            c.created_at, c.updated_at
            """;

    /** Primary contact first, then by name: how an account's page lists them. */
    private static final String CONTACT_ORDER = "order by c.is_primary_contact desc, lower(c.contact_name), c.id";

    private final JdbcClient jdbc;

    AccountContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AccountContactView> list(UUID userId, UUID accountId, int limit, int offset) {
        return jdbc.sql("select " + CONTACT_COLUMNS + """
                  from customer_contacts c
                  join customer_accounts a on a.id = c.customer_account_id
                 where c.customer_account_id = :accountId and a.created_by = :userId
                """ + CONTACT_ORDER + " limit :limit offset :offset")
                .param("accountId", accountId).param("userId", userId).param("limit", limit).param("offset", offset)
                .query(ACCOUNT_CONTACTS).list();
    }

    long count(UUID userId, UUID accountId) {
        return jdbc.sql("""
                select count(*) from customer_contacts c
                  join customer_accounts a on a.id = c.customer_account_id
                 where c.customer_account_id = :accountId and a.created_by = :userId
                """).param("accountId", accountId).param("userId", userId).query(Long.class).single();
    }

    Optional<AccountContactView> find(UUID userId, UUID accountId, UUID contactId) {
        return jdbc.sql("select " + CONTACT_COLUMNS + """
                  from customer_contacts c
                  join customer_accounts a on a.id = c.customer_account_id
                 where c.id = :contactId and c.customer_account_id = :accountId and a.created_by = :userId
                """).param("contactId", contactId).param("accountId", accountId).param("userId", userId)
                .query(ACCOUNT_CONTACTS).optional();
    }

    /** Call with the account locked and owned by the user. */
    UUID insert(UUID accountId, ContactChange contact) {
        return jdbc.sql("""
                insert into customer_contacts (customer_account_id, contact_name, email, phone, role,
                                               is_primary_contact, contact_notes)
                values (:accountId, :name, :email, :phone, :role, :primary, :notes)
                returning id
                """).param("accountId", accountId).params(fields(contact)).query(UUID.class).single();
    }

    /** Writes every column: the caller has merged the change into what was there. */
    int update(UUID accountId, UUID contactId, ContactChange contact) {
        return jdbc.sql("""
                update customer_contacts
                   set contact_name = :name, email = :email, phone = :phone, role = :role,
                       is_primary_contact = :primary, contact_notes = :notes
                 where id = :contactId and customer_account_id = :accountId
                """).param("contactId", contactId).param("accountId", accountId).params(fields(contact)).update();
    }

    /**
     * Steps the account's primary contact down. Runs before another contact is made primary, in the
     * same transaction: customer_contacts_one_primary is checked row by row, so the order matters.
     */
    void unmarkPrimary(UUID accountId) {
        jdbc.sql("""
                update customer_contacts set is_primary_contact = false
                 where customer_account_id = :accountId and is_primary_contact
                """).param("accountId", accountId).update();
    }

    int delete(UUID userId, UUID accountId, UUID contactId) {
        return jdbc.sql("""
                delete from customer_contacts c
                 using customer_accounts a
                 where c.id = :contactId and c.customer_account_id = :accountId
                   and a.id = c.customer_account_id and a.created_by = :userId
                """).param("contactId", contactId).param("accountId", accountId).param("userId", userId).update();
    }

    private static java.util.Map<String, Object> fields(ContactChange contact) {
        var fields = new java.util.HashMap<String, Object>();
        fields.put("name", contact.name());
        fields.put("email", contact.email());
        fields.put("phone", contact.phone());
        fields.put("role", contact.role());
        fields.put("primary", contact.primary());
        fields.put("notes", contact.notes());
        return fields;
    }
}
