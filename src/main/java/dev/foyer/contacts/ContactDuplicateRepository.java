package dev.foyer.contacts;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ContactDuplicateRepository {

    /**
     * One page of groups with their members (each with its tags and deal count) and the number of
     * groups, in one query. Phones shorter than six digits are left out: "0" or "123" typed as a placeholder is not a shared number.
     */
    private static final String GROUPS = """
            with keys as (
                select 'email' as reason, lower(email) as value, id
                  from contacts where user_id = :userId and email is not null
                union all
                select 'phone', phone_normalized, id
                  from contacts where user_id = :userId and length(phone_normalized) >= 6
            ), groups as (
                select reason, value from keys group by reason, value having count(*) > 1
            ), page as (
                select reason, value, count(*) over () as total from groups
                 order by reason, value
                 limit :limit offset :offset
            )
            select p.reason, p.value, p.total,
                   jsonb_agg(jsonb_build_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name,
                                                'email', c.email, 'phone', c.phone, 'company', c.company,
                                                'createdAt', c.created_at, 'tags', t.tags, 'dealCount', d.deals)
                             order by c.created_at, c.id) as contacts
              from page p
              join keys k on k.reason = p.reason and k.value = p.value
              join contacts c on c.id = k.id and c.user_id = :userId
             cross join lateral (
                   select coalesce(jsonb_agg(jsonb_build_object('id', ct.id, 'name', ct.name, 'color', ct.color)
                                             order by lower(ct.name), ct.id), '[]') as tags
                     from contacts_to_tags ctt
                     join contact_tags ct on ct.id = ctt.tag_id and ct.user_id = :userId
                    where ctt.contact_id = c.id and ctt.user_id = :userId) t
             cross join lateral (
                   select count(*) as deals from deals where contact_id = c.id and user_id = :userId) d
             group by p.reason, p.value, p.total
             order by p.reason, p.value
            """;

    private static final TypeReference<List<DuplicateGroup.Member>> MEMBERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContactDuplicateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record GroupPage(List<DuplicateGroup> groups, long total) {
    }

    GroupPage groups(UUID userId, int limit, int offset) {
        record Row(DuplicateGroup group, long total) {
        }
        var rows = jdbc.sql(GROUPS).param("userId", userId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(new DuplicateGroup(rs.getString("reason"), rs.getString("value"),
                        json.readValue(rs.getString("contacts"), MEMBERS)), rs.getLong("total")))
                .list();
        return new GroupPage(rows.stream().map(Row::group).toList(), rows.isEmpty() ? -1 : rows.get(0).total());
    }

    /** Locks both contacts, in id order so that two merges of the same pair cannot deadlock; answers how many exist. */
    int lock(UUID userId, UUID id, UUID otherId) {
        return jdbc.sql("select id from contacts where user_id = :userId and id = any(:ids) order by id for update")
                .param("userId", userId).param("ids", new UUID[] {id, otherId}).query(UUID.class).list().size();
    }

    /**
     * Fills what the kept contact lacks from the other and never overwrites; what the other held that
     * would be lost (another email, phone, company or job title, its own notes) goes into the kept
     * contact's notes, under "Merged from" and the other's name, so that a merge loses nothing.
     */
    void fillFrom(UUID userId, UUID id, UUID otherId) {
        jdbc.sql("""
                with pair as (
                    select concat_ws(' ', o.first_name, o.last_name) as other_name,
                           concat_ws('; ',
                                     case when lower(k.email) <> lower(o.email) then 'email ' || o.email end,
                                     -- A phone without digits has no normalised form: then the phones as typed.
                                     case when coalesce(k.phone_normalized, k.phone)
                                               <> coalesce(o.phone_normalized, o.phone) then 'phone ' || o.phone end,
                                     case when k.company <> o.company then 'company ' || o.company end,
                                     case when k.job_title <> o.job_title then 'job title ' || o.job_title end) as lost,
                           -- Notes the kept contact already holds as a paragraph (a copy, an earlier
                           -- merge's) are not repeated.
                           case when k.notes is null
                                  or strpos(E'\\n\\n' || k.notes || E'\\n\\n', E'\\n\\n' || o.notes || E'\\n\\n') = 0
                                then o.notes end as other_notes,
                           k.notes is not null as kept_has_notes
                      from contacts k join contacts o on o.id = :otherId and o.user_id = :userId
                     where k.id = :id and k.user_id = :userId),
                aside as (
                    -- With nothing else kept aside, notes simply fill a kept contact that has none.
                    select case when lost <> '' or (other_notes is not null and kept_has_notes) then
                               'Merged from ' || other_name
                               || case when lost <> '' then ' (' || lost || ')' else '' end
                               || case when other_notes is not null then E':\\n' || other_notes else '' end
                           end as block
                      from pair)
                update contacts k
                   set first_name = coalesce(k.first_name, o.first_name), last_name = coalesce(k.last_name, o.last_name),
                       email = coalesce(k.email, o.email),
                       phone_normalized = case when k.phone is null then o.phone_normalized else k.phone_normalized end,
                       phone = coalesce(k.phone, o.phone), company = coalesce(k.company, o.company),
                       job_title = coalesce(k.job_title, o.job_title),
                       -- Not cut to the 10,000 characters an edit may send: cutting would lose what the merge keeps.
                       notes = case when a.block is null then coalesce(k.notes, o.notes)
                                    else concat_ws(E'\\n\\n', k.notes, a.block) end
                  from contacts o, aside a
                 where k.id = :id and k.user_id = :userId and o.id = :otherId and o.user_id = :userId
                """).param("userId", userId).param("id", id).param("otherId", otherId).update();
    }

    void moveTags(UUID userId, UUID id, UUID otherId) {
        jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id)
                select :id, tag_id, user_id from contacts_to_tags where contact_id = :otherId and user_id = :userId
                on conflict (contact_id, tag_id) do nothing
                """).param("userId", userId).param("id", id).param("otherId", otherId).update();
    }
}
