package dev.foyer.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The list of a user's accounts, filtered and searched, and the stats over them. */
@Repository
class AccountQueryRepository {

    /** The columns of an accounts CSV file; tags share one cell, separated by ";" as a contacts file's do. */
    static final List<String> EXPORT_HEADER = List.of("Company", "Type",
            "Billing Street", "Billing City", "Billing State", "Billing Zip", "Billing Country",
            "Service Street", "Service City", "Service State", "Service Zip", "Service Country",
            "Tags", "Notes", "Created");

    private static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final CustomerAccountRepository accounts;

    AccountQueryRepository(JdbcClient jdbc, CustomerAccountRepository accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A page of accounts, and how many match in all when the page's own query could tell. */
    record Found(List<AccountView> items, OptionalLong total) {
    }

    /**
     * A search and nothing else: search_accounts_page() (V28) ranks and counts the matches and picks
     * the page out of them from the search table alone, which keeps each account's number of contacts
     * too (V30); only the page's accounts are read, again through their own policies.
     */
    private static final String SEARCH_PAGE = """
            with found as materialized (
                select f.account_id, f.place, f.matches, f.contacts from search_accounts_page(:query, :limit, :offset) f
            )
            select %s, f.matches
              from found f
              join customer_accounts a on a.id = f.account_id
             where a.created_by = :userId
             order by f.place
            """.formatted(CustomerAccountRepository.columns("f.contacts"));

    /**
     * Best match first when searching (then newest), newest first otherwise; the id breaks ties so
     * that pages never overlap. A search reads and ranks every match to pick the page, so the same
     * statement counts them ({@code count(*) over ()}) instead of a second search for the total;
     * the list without a search reads only the page, and its total is {@link #count}'s.
     */
    Found list(UUID userId, AccountFilter filter, int limit, int offset) {
        var params = params(userId, filter);
        params.put("limit", limit);
        params.put("offset", offset);
        if (!filter.searching()) {
            var items = jdbc.sql("select " + CustomerAccountRepository.ACCOUNT_COLUMNS + from(filter) + where(filter)
                            + " order by a.created_at desc, a.id desc limit :limit offset :offset")
                    .params(params).query(accounts.rows()).list();
            return new Found(items, OptionalLong.empty());
        }
        var rows = accounts.rows();
        String sql = filter.onlySearching() ? SEARCH_PAGE
                : "select " + CustomerAccountRepository.ACCOUNT_COLUMNS + ", count(*) over () as matches"
                        + from(filter) + where(filter)
                        + " order by s.rank desc, a.created_at desc, a.id desc limit :limit offset :offset";
        List<Counted> counted = jdbc.sql(sql).params(params)
                .query((rs, n) -> new Counted(rows.mapRow(rs, n), rs.getLong("matches"))).list();
        // A page past the last match has no row to carry the count.
        return new Found(counted.stream().map(Counted::account).toList(),
                counted.isEmpty() ? OptionalLong.empty() : OptionalLong.of(counted.get(0).matches()));
    }

    private record Counted(AccountView account, long matches) {
    }

    long count(UUID userId, AccountFilter filter) {
        return jdbc.sql("select count(*) " + from(filter) + where(filter)).params(params(userId, filter))
                .query(Long.class).single();
    }

    /**
     * Every matching account, newest first, in {@link #EXPORT_HEADER}'s order, read through a cursor
     * so that memory stays flat however many there are; needs a transaction for the cursor to exist.
     */
    void export(UUID userId, AccountFilter filter, Consumer<String[]> row) {
        jdbc.sql("""
                select a.company_name, a.customer_type,
                       a.billing_address ->> 'street', a.billing_address ->> 'city', a.billing_address ->> 'state',
                       a.billing_address ->> 'zip', a.billing_address ->> 'country',
                       a.service_address ->> 'street', a.service_address ->> 'city', a.service_address ->> 'state',
                       a.service_address ->> 'zip', a.service_address ->> 'country',
                       array_to_string(a.tags, ';'), a.account_notes, a.created_at
                """ + from(filter) + where(filter) + " order by a.created_at desc, a.id desc")
                .withFetchSize(EXPORT_FETCH_SIZE)
                .params(params(userId, filter))
                .query((RowCallbackHandler) rs -> {
                    var cells = new String[EXPORT_HEADER.size()];
                    for (int i = 0; i < cells.length - 1; i++) {
                        cells[i] = rs.getString(i + 1);
                    }
                    cells[cells.length - 1] = rs.getTimestamp(cells.length).toInstant().toString();
                    row.accept(cells);
                });
    }

    /** One query: each account with its number of contacts, then the totals over them. */
    AccountStats stats(UUID userId) {
        return jdbc.sql("""
                with per_account as (
                    select a.customer_type, count(c.id) as contacts
                      from customer_accounts a
                      left join customer_contacts c on c.customer_account_id = a.id
                     where a.created_by = :userId
                     group by a.id, a.customer_type
                )
                select count(*) filter (where customer_type = 'Residential') as residential,
                       count(*) filter (where customer_type = 'Commercial') as commercial,
                       count(*) as total_accounts,
                       coalesce(sum(contacts), 0) as total_contacts,
                       coalesce(round(avg(contacts), 2), 0) as average,
                       coalesce(max(contacts), 0) as max,
                       count(*) filter (where contacts = 0) as without_contacts
                  from per_account
                """).param("userId", userId).query((rs, n) -> new AccountStats(
                        new AccountStats.ByType(rs.getLong("residential"), rs.getLong("commercial")),
                        rs.getLong("total_accounts"), rs.getLong("total_contacts"),
                        new AccountStats.ContactsPerAccount(rs.getBigDecimal("average"), rs.getLong("max"),
                                rs.getLong("without_contacts"))))
                .single();
    }

    /**
     * search_accounts() answers from its GIN index and only for the current user; the join to
     * customer_accounts then applies the table's policies and the owner check again.
     */
    private static String from(AccountFilter filter) {
        return filter.searching()
                ? " from customer_accounts a join search_accounts(:query) s on s.account_id = a.id "
                : " from customer_accounts a ";
    }

    private static String where(AccountFilter filter) {
        var where = new StringBuilder(" where a.created_by = :userId ");
        if (filter.customerType() != null) {
            where.append(" and a.customer_type = :customerType ");
        }
        if (!filter.tags().isEmpty()) {
            // Both sides lowered by PostgreSQL: Java lowers some letters otherwise (a final capital sigma).
            where.append(" and array(select lower(t) from unnest(a.tags) t) ")
                    .append(filter.allTags() ? "@>" : "&&")
                    .append(" array(select lower(t) from unnest(cast(:tags as text[])) t) ");
        }
        if (filter.createdFrom() != null) {
            where.append(" and a.created_at >= :createdSince ");
        }
        if (filter.createdTo() != null) {
            where.append(" and a.created_at < :createdBefore ");
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID userId, AccountFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("userId", userId);
        if (filter.searching()) {
            params.put("query", filter.query());
        }
        if (filter.customerType() != null) {
            params.put("customerType", filter.customerType());
        }
        if (!filter.tags().isEmpty()) {
            params.put("tags", filter.tags().toArray(String[]::new));
        }
        if (filter.createdFrom() != null) {
            params.put("createdSince", filter.createdSince());
        }
        if (filter.createdTo() != null) {
            params.put("createdBefore", filter.createdBefore());
        }
        return params;
    }
}
