package dev.foyer.contacts;

import static dev.foyer.SchemaChecks.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 004's colored tags and the contacts_to_tags junction. */
@FoyerIntegrationTest
class ContactTagTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    ActingUser owner;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        owner = users.create();
    }

    @Test
    void storesNameColorOwnerAndCreationTime() {
        UUID tag = insertTag(owner, "Customer", "#10B981");

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select name, color, user_id, created_at is not null as stamped from contact_tags where id = :id
                """).param("id", tag).query().singleRow());

        assertThat(stored).containsEntry("name", "Customer").containsEntry("color", "#10B981")
                .containsEntry("user_id", owner.id()).containsEntry("stamped", true);
    }

    @Test
    void acceptsLowerCaseHexColor() {
        assertThat(insertTag(owner, "Partner", "#8b5cf6")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"green", "#10B98", "#10B9811", "10B981", "#GGGGGG", "#10B98 "})
    void refusesColorThatIsNotHashAndSixHexDigits(String color) {
        assertViolates("contact_tags_color_check", () -> insertTag(owner, "Lead", color));
    }

    @Test
    void refusesSecondTagWithTheSameNameForOneUser() {
        insertTag(owner, "VIP", "#F59E0B");

        assertViolates("idx_contact_tags_name_user", () -> insertTag(owner, "VIP", "#3B82F6"));
    }

    @Test
    void anotherUserMayReuseATagName() {
        ActingUser other = users.create();
        insertTag(owner, "VIP", "#F59E0B");

        assertThat(insertTag(other, "VIP", "#F59E0B")).isNotNull();
    }

    @Test
    void refusesTheSameTagTwiceOnOneContact() {
        UUID contact = rows.contact(owner);
        UUID tag = rows.tag(owner, "Customer");
        rows.tagContact(owner, contact, tag);

        assertViolates("contacts_to_tags_pkey", () -> rows.tagContact(owner, contact, tag));
    }

    @Test
    void deletingContactRemovesItsTagAssignments() {
        UUID contact = rows.contact(owner);
        UUID tag = rows.tag(owner, "Customer");
        rows.tagContact(owner, contact, tag);

        rows.delete(owner, "contacts", contact);

        assertThat(assignments("tag_id", tag)).isZero();
        assertThat(tagCount(tag)).isEqualTo(1);
    }

    @Test
    void deletingTagRemovesItsAssignmentsAndKeepsTheContacts() {
        UUID first = rows.contact(owner);
        UUID second = rows.contact(owner);
        UUID tag = rows.tag(owner, "Inactive");
        rows.tagContact(owner, first, tag);
        rows.tagContact(owner, second, tag);

        rows.delete(owner, "contact_tags", tag);

        assertThat(assignments("tag_id", tag)).isZero();
        assertThat(users.inTransactionAs(owner, () -> jdbc.sql("""
                select count(*) from contacts where id in (:first, :second)
                """).param("first", first).param("second", second).query(Integer.class).single())).isEqualTo(2);
    }

    @Test
    void refusesPuttingOwnTagOnAnotherUsersContact() {
        ActingUser other = users.create();
        UUID othersContact = rows.contact(other);
        UUID tag = rows.tag(owner, "Lead");

        assertViolates("contacts_to_tags_contact_fkey", () -> rows.tagContact(owner, othersContact, tag));
    }

    @Test
    void refusesPuttingAnotherUsersTagOnOwnContact() {
        ActingUser other = users.create();
        UUID contact = rows.contact(owner);
        UUID othersTag = rows.tag(other, "Lead");

        assertViolates("contacts_to_tags_tag_fkey", () -> rows.tagContact(owner, contact, othersTag));
    }

    private UUID insertTag(ActingUser user, String name, String color) {
        return users.inTransactionAs(user, () -> jdbc.sql("""
                insert into contact_tags (user_id, name, color) values (:owner, :name, :color) returning id
                """).param("owner", user.id()).param("name", name).param("color", color)
                .query(UUID.class).single());
    }

    private int assignments(String column, UUID key) {
        return users.inTransactionAs(owner, () -> jdbc.sql(
                "select count(*) from contacts_to_tags where " + column + " = :key")
                .param("key", key).query(Integer.class).single());
    }

    private int tagCount(UUID tag) {
        return users.inTransactionAs(owner, () -> jdbc.sql("select count(*) from contact_tags where id = :id")
                .param("id", tag).query(Integer.class).single());
    }
}
