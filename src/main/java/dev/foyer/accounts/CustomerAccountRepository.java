package dev.foyer.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 002's customer_accounts, always scoped to the owner ({@code created_by}) in the SQL as well as
 * by the table's policies.
 */
@Repository
class CustomerAccountRepository {

    /** The columns every account read selects, with the number of its contacts. */
    static final String ACCOUNT_COLUMNS =
            columns("(select count(*) from customer_contacts c where c.customer_account_id = a.id)");

    /** An account's columns for {@link #accountRows}, its number of contacts given by the expression. */
    static String columns(String contactCount) {
        return """
                a.id, a.company_name, a.customer_type, a.billing_address::text as billing_address,
                a.service_address::text as service_address, a.account_notes, a.tags,
                %s as contact_count,
                a.created_by, a.updated_by, a.created_at, a.updated_at
                """.formatted(contactCount);
    }

    private final JdbcClient jdbc;
    private final RowMapper<AccountView> rows;
    private final JsonMapper json;

    CustomerAccountRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = accountRows(json);
    }

    UUID insert(UUID userId, AccountChange account) {
        return jdbc.sql("""
                insert into customer_accounts (company_name, customer_type, billing_address, service_address,
                                               account_notes, tags, created_by)
                values (:companyName, :customerType, cast(:billing as jsonb), cast(:service as jsonb),
                        :notes, cast(:tags as text[]), :userId)
                returning id
                """)
                .param("companyName", account.companyName()).param("customerType", account.customerType())
                .param("billing", toJson(account.billingAddress())).param("service", toJson(account.serviceAddress()))
                .param("notes", account.notes()).param("tags", account.tags().toArray(String[]::new))
                .param("userId", userId)
                .query(UUID.class).single();
    }

    Optional<AccountView> find(UUID userId, UUID id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + """
                  from customer_accounts a
                 where a.id = :id and a.created_by = :userId
                """).param("id", id).param("userId", userId).query(rows).optional();
    }

    /**
     * Locks the user's account until the transaction ends, so that changes to it and its contacts
     * (a new primary contact, a new email) are made one after another; false if there is none.
     */
    boolean lock(UUID userId, UUID id) {
        return jdbc.sql("""
                select true from customer_accounts where id = :id and created_by = :userId for update
                """).param("id", id).param("userId", userId).query(Boolean.class).optional().isPresent();
    }

    /** Writes every column of the account: the caller has merged the change into what was there. */
    void update(UUID userId, UUID id, AccountChange account) {
        jdbc.sql("""
                update customer_accounts
                   set company_name = :companyName, customer_type = :customerType,
                       billing_address = cast(:billing as jsonb), service_address = cast(:service as jsonb),
                       account_notes = :notes, tags = cast(:tags as text[])
                 where id = :id and created_by = :userId
                """)
                .param("companyName", account.companyName()).param("customerType", account.customerType())
                .param("billing", toJson(account.billingAddress())).param("service", toJson(account.serviceAddress()))
                .param("notes", account.notes()).param("tags", account.tags().toArray(String[]::new))
                .param("id", id).param("userId", userId)
                .update();
    }

    /** Deletes the account; its contacts and its search document go with it by cascade. */
    int delete(UUID userId, UUID id) {
        return jdbc.sql("delete from customer_accounts where id = :id and created_by = :userId")
                .param("id", id).param("userId", userId).update();
    }

    RowMapper<AccountView> rows() {
        return rows;
    }

    private String toJson(Address address) {
        return json.writeValueAsString(address == null ? Address.EMPTY : address);
    }

    private static RowMapper<AccountView> accountRows(JsonMapper json) {
        return (rs, n) -> new AccountView(rs.getObject("id", UUID.class), rs.getString("company_name"),
                rs.getString("customer_type"), json.readValue(rs.getString("billing_address"), Address.class),
                json.readValue(rs.getString("service_address"), Address.class), rs.getString("account_notes"),
                strings(rs, "tags"), rs.getLong("contact_count"), rs.getObject("created_by", UUID.class),
                rs.getObject("updated_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), null, null);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
