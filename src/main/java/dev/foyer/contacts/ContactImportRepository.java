package dev.foyer.contacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an import: a few set-based reads, and writes of a thousand rows per statement, the
 * rows passed as arrays and unnested: one round trip and one plan per thousand, never a statement
 * per row.
 */
@Repository
class ContactImportRepository {

    private static final int CHUNK = 1_000;

    /** The contacts of a chunk, column by column, in the order unnest() takes them. */
    private static final String ROWS = """
            unnest(:ids::uuid[], :firstNames::text[], :lastNames::text[], :emails::text[], :phones::text[],
                   :phonesNormalized::text[], :companies::text[], :jobTitles::text[], :notes::text[])
                as r(id, first_name, last_name, email, phone, phone_normalized, company, job_title, notes)
            """;

    private final JdbcClient jdbc;

    ContactImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's contacts with these emails, any case, in one query; the oldest wins when several share one. */
    /**
     * Until the transaction ends, no other import of the user's reads or writes their contacts; false,
     * at once, when another import holds it (waiting would hold a pooled connection all the while).
     */
    boolean lockImports(UUID userId) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('contact-import/' || cast(:userId as text), 0))")
                .param("userId", userId).query(Boolean.class).single();
    }

    /**
     * The oldest contact with each email, keyed by the email as given (lower-cased by the caller).
     * PostgreSQL lowers both sides of the comparison: Java and PostgreSQL lower some letters apart.
     */
    Map<String, UUID> idsByEmail(UUID userId, Collection<String> emails) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("""
                select e.email, c.id
                  from unnest(:emails::text[]) as e(email)
                  join contacts c on c.user_id = :userId and c.email is not null and lower(c.email) = lower(e.email)
                 order by c.created_at, c.id
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
                    on conflict do nothing
                    """).param("userId", userId).param("color", color).param("names", missing).update();
            ids.putAll(tagIds(userId, List.of(missing)));
        }
        return ids;
    }

    /** Keyed by the name as given, lower-cased in Java; matched in PostgreSQL, lowering both sides. */
    private Map<String, UUID> tagIds(UUID userId, Collection<String> names) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("""
                select n.name, t.id
                  from unnest(:names::text[]) as n(name)
                  join contact_tags t on t.user_id = :userId and lower(t.name) = lower(n.name)
                 order by t.created_at, t.id
                """).param("userId", userId).param("names", names.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> ids.putIfAbsent(rs.getString("name").toLowerCase(Locale.ROOT),
                        rs.getObject("id", UUID.class)));
        return ids;
    }

    void insert(UUID userId, List<ImportPlan.Planned> contacts, UnaryOperator<String> normalisePhone) {
        chunks(contacts, chunk -> bind(jdbc.sql("""
                insert into contacts (id, user_id, first_name, last_name, email, phone, phone_normalized, company,
                                      job_title, notes)
                select r.id, :userId, r.first_name, r.last_name, r.email, r.phone, r.phone_normalized, r.company,
                       r.job_title, r.notes
                  from %s
                """.formatted(ROWS)), chunk, normalisePhone).param("userId", userId).update());
    }

    /** Fills only what the contact lacks: an import never overwrites what the user already has. */
    void fillEmpty(UUID userId, List<ImportPlan.Planned> contacts, UnaryOperator<String> normalisePhone) {
        chunks(contacts, chunk -> bind(jdbc.sql("""
                update contacts c
                   set first_name = coalesce(c.first_name, r.first_name), last_name = coalesce(c.last_name, r.last_name),
                       email = coalesce(c.email, r.email),
                       phone_normalized = case when c.phone is null then r.phone_normalized else c.phone_normalized end,
                       phone = coalesce(c.phone, r.phone), company = coalesce(c.company, r.company),
                       job_title = coalesce(c.job_title, r.job_title), notes = coalesce(c.notes, r.notes)
                  from %s
                 where c.id = r.id and c.user_id = :userId
                   -- Rows with nothing to fill stay as they are: no new version, no search re-index.
                   and (c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.notes)
                       is distinct from (coalesce(c.first_name, r.first_name), coalesce(c.last_name, r.last_name),
                                         coalesce(c.email, r.email), coalesce(c.phone, r.phone),
                                         coalesce(c.company, r.company), coalesce(c.job_title, r.job_title),
                                         coalesce(c.notes, r.notes))
                """.formatted(ROWS)), chunk, normalisePhone).param("userId", userId).update());
    }

    void assignTags(UUID userId, List<Map.Entry<UUID, UUID>> contactAndTag) {
        chunks(contactAndTag, chunk -> jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id)
                select contact_id, tag_id, :userId from unnest(:contactIds::uuid[], :tagIds::uuid[]) as r(contact_id, tag_id)
                on conflict (contact_id, tag_id) do nothing
                """).param("userId", userId)
                .param("contactIds", chunk.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .param("tagIds", chunk.stream().map(Map.Entry::getValue).toArray(UUID[]::new)).update());
    }

    private static <T> void chunks(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, List<ImportPlan.Planned> chunk,
                                                 UnaryOperator<String> normalisePhone) {
        Function<Function<ContactInput, String>, String[]> column = field ->
                chunk.stream().map(p -> field.apply(p.row().contact())).toArray(String[]::new);
        return statement.param("ids", chunk.stream().map(ImportPlan.Planned::contactId).toArray(UUID[]::new))
                .param("firstNames", column.apply(ContactInput::firstName))
                .param("lastNames", column.apply(ContactInput::lastName))
                .param("emails", column.apply(ContactInput::email))
                .param("phones", column.apply(ContactInput::phone))
                .param("phonesNormalized", column.apply(c -> normalisePhone.apply(c.phone())))
                .param("companies", column.apply(ContactInput::company))
                .param("jobTitles", column.apply(ContactInput::jobTitle))
                .param("notes", column.apply(ContactInput::notes));
    }
}
