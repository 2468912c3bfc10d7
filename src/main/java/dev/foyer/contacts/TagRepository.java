package dev.foyer.contacts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TagRepository {

    private static final RecordMapper<TagSummary> TAG_SUMMARIES = RecordMapper.of(TagSummary.class);
    private static final RecordMapper<Tag> TAGS = RecordMapper.of(Tag.class);

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TagSummary> list(UUID userId) {
        return jdbc.sql("""
                select t.id, t.name, t.color, count(ct.contact_id) as contacts
                  from contact_tags t
                  left join contacts_to_tags ct on ct.tag_id = t.id and ct.user_id = t.user_id
                 where t.user_id = :userId
                 group by t.id, t.name, t.color
                 order by lower(t.name), t.id
                """).param("userId", userId).query(TAG_SUMMARIES).list();
    }

    Optional<TagSummary> summary(UUID userId, UUID id) {
        return jdbc.sql("""
                select t.id, t.name, t.color,
                       (select count(*) from contacts_to_tags ct where ct.tag_id = t.id and ct.user_id = t.user_id) as contacts
                  from contact_tags t
                 where t.id = :id and t.user_id = :userId
                """).param("id", id).param("userId", userId).query(TAG_SUMMARIES).optional();
    }

    /** How many of these tags are the user's. */
    int countOwned(UUID userId, List<UUID> ids) {
        return jdbc.sql("select count(*) from contact_tags where user_id = :userId and id = any(:ids)")
                .param("userId", userId).param("ids", ids.toArray(UUID[]::new)).query(Integer.class).single();
    }

    Optional<Tag> find(UUID userId, UUID id) {
        return jdbc.sql("select id, name, color from contact_tags where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId).query(TAGS).optional();
    }

    Tag insert(UUID userId, String name, String color) {
        return jdbc.sql("""
                insert into contact_tags (user_id, name, color) values (:userId, :name, :color)
                returning id, name, color
                """).param("userId", userId).param("name", name).param("color", color).query(TAGS).single();
    }

    int update(UUID userId, UUID id, String name, String color) {
        return jdbc.sql("update contact_tags set name = :name, color = :color where id = :id and user_id = :userId")
                .param("name", name).param("color", color).param("id", id).param("userId", userId).update();
    }

    int delete(UUID userId, UUID id) {
        return jdbc.sql("delete from contact_tags where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId).update();
    }

    /** Idempotent: assigning a tag twice leaves one assignment. */
    void assign(UUID userId, UUID contactId, UUID tagId) {
        jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id) values (:contactId, :tagId, :userId)
                on conflict (contact_id, tag_id) do nothing
                """).param("contactId", contactId).param("tagId", tagId).param("userId", userId).update();
    }

    void unassign(UUID userId, UUID contactId, UUID tagId) {
        jdbc.sql("delete from contacts_to_tags where contact_id = :contactId and tag_id = :tagId and user_id = :userId")
                .param("contactId", contactId).param("tagId", tagId).param("userId", userId).update();
    }
}
