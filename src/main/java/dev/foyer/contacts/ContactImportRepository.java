package dev.foyer.contacts;

import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of an import: a few set-based reads, and batched writes, never a statement per row sent alone. */
@Repository
class ContactImportRepository {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    ContactImportRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The user's contacts with these emails, any case, in one query; the oldest wins when several share one. */
    Map<String, UUID> idsByEmail(UUID userId, Collection<String> emails) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("""
                select lower(email) as email, id from contacts
                 where user_id = :userId and lower(email) = any(:emails::text[])
                 order by created_at, id
                """).param("userId", userId).param("emails", emails.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> ids.putIfAbsent(rs.getString("email"), rs.getObject("id", UUID.class)));
        return ids;
    }

    /** Tag ids by lower-case name; names the user has in no case yet are created with the color. */
    Map<String, UUID> ensureTags(UUID userId, Collection<String> names, String color) {
        Map<String, UUID> ids = tagIds(userId, names);
        String[] missing = names.stream().filter(name -> !ids.containsKey(name.toLowerCase(Locale.ROOT)))
                .toArray(String[]::new);
        if (missing.length > 0) {
            jdbc.sql("""
                    insert into contact_tags (user_id, name, color)
                    select :userId, name, :color from unnest(:names::text[]) as name
                    on conflict (name, user_id) do nothing
                    """).param("userId", userId).param("color", color).param("names", missing).update();
            ids.putAll(tagIds(userId, List.of(missing)));
        }
        return ids;
    }

    private Map<String, UUID> tagIds(UUID userId, Collection<String> names) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("""
                select lower(name) as name, id from contact_tags
                 where user_id = :userId and lower(name) = any(:names::text[])
                 order by created_at, id
                """).param("userId", userId)
                .param("names", names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .query((RowCallbackHandler) rs -> ids.putIfAbsent(rs.getString("name"), rs.getObject("id", UUID.class)));
        return ids;
    }

    void insert(UUID userId, List<ImportPlan.Planned> contacts, UnaryOperator<String> normalisePhone) {
        batch("""
                insert into contacts (id, user_id, first_name, last_name, email, phone, phone_normalized, company,
                                      job_title, notes)
                values (:id, :userId, :firstName, :lastName, :email, :phone, :phoneNormalized, :company,
                        :jobTitle, :notes)
                """, contacts.stream().map(c -> fields(userId, c, normalisePhone)).toList());
    }

    /** Fills only what the contact lacks: an import never overwrites what the user already has. */
    void fillEmpty(UUID userId, List<ImportPlan.Planned> contacts, UnaryOperator<String> normalisePhone) {
        batch("""
                update contacts
                   set first_name = coalesce(first_name, :firstName), last_name = coalesce(last_name, :lastName),
                       email = coalesce(email, :email),
                       phone_normalized = case when phone is null then :phoneNormalized else phone_normalized end,
                       phone = coalesce(phone, :phone), company = coalesce(company, :company),
                       job_title = coalesce(job_title, :jobTitle), notes = coalesce(notes, :notes)
                 where id = :id and user_id = :userId
                """, contacts.stream().map(c -> fields(userId, c, normalisePhone)).toList());
    }

    void assignTags(UUID userId, List<Map.Entry<UUID, UUID>> contactAndTag) {
        batch("""
                insert into contacts_to_tags (contact_id, tag_id, user_id) values (:contactId, :tagId, :userId)
                on conflict (contact_id, tag_id) do nothing
                """, contactAndTag.stream().<SqlParameterSource>map(pair -> new MapSqlParameterSource()
                .addValue("contactId", pair.getKey()).addValue("tagId", pair.getValue())
                .addValue("userId", userId)).toList());
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            batches.batchUpdate(sql, chunk.toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource fields(UUID userId, ImportPlan.Planned planned, UnaryOperator<String> normalisePhone) {
        ContactInput c = planned.row().contact();
        // Typed nulls: the driver need not ask the server for each parameter's type.
        return new MapSqlParameterSource().addValue("id", planned.contactId()).addValue("userId", userId)
                .addValue("firstName", c.firstName(), Types.VARCHAR).addValue("lastName", c.lastName(), Types.VARCHAR)
                .addValue("email", c.email(), Types.VARCHAR).addValue("phone", c.phone(), Types.VARCHAR)
                .addValue("phoneNormalized", normalisePhone.apply(c.phone()), Types.VARCHAR)
                .addValue("company", c.company(), Types.VARCHAR).addValue("jobTitle", c.jobTitle(), Types.VARCHAR)
                .addValue("notes", c.notes(), Types.VARCHAR);
    }
}
