package dev.foyer;

import java.util.UUID;

import dev.foyer.database.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts the rows of seeds 003 and 004 that schema tests build on, each in its own transaction as
 * its owner, through row-level security. Values are minimal: a test states what it cares about.
 */
public final class SeedRows {

    private final JdbcClient jdbc;
    private final TestUsers users;

    public SeedRows(JdbcClient jdbc, TestUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public UUID contact(ActingUser owner) {
        return insert(owner, """
                insert into contacts (user_id, first_name, last_name)
                values (:owner, 'Sarah', 'Chen')
                returning id
                """);
    }

    public UUID tag(ActingUser owner, String name) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into contact_tags (user_id, name, color)
                values (:owner, :name, '#10B981')
                returning id
                """).param("owner", owner.id()).param("name", name).query(UUID.class).single());
    }

    public void tagContact(ActingUser owner, UUID contact, UUID tag) {
        users.runAs(owner, () -> jdbc.sql("""
                insert into contacts_to_tags (contact_id, tag_id, user_id)
                values (:contact, :tag, :owner)
                """).param("contact", contact).param("tag", tag).param("owner", owner.id()).update());
    }

    public UUID deal(ActingUser owner) {
        return deal(owner, "Prospecting");
    }

    public UUID deal(ActingUser owner, String stage) {
        return deal(owner, stage, null, null, null);
    }

    public UUID dealOnProperty(ActingUser owner, UUID property, String stage) {
        return deal(owner, stage, null, null, property);
    }

    /** A deal linked to any of the owner's contact, lead and property (each may be null). */
    public UUID deal(ActingUser owner, String stage, UUID contact, UUID lead, UUID property) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deals (user_id, title, value, stage, contact_id, lead_id, property_id)
                values (:owner, 'Cloud Migration', 50000, :stage,
                        cast(:contact as uuid), cast(:lead as uuid), cast(:property as uuid))
                returning id
                """)
                .param("owner", owner.id())
                .param("stage", stage)
                .param("contact", contact)
                .param("lead", lead)
                .param("property", property)
                .query(UUID.class).single());
    }

    public UUID dealEvent(ActingUser owner, UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deal_events (deal_id, event_type, description, created_by)
                values (:deal, 'note_added', 'Called the seller', :owner)
                returning id
                """).param("deal", deal).param("owner", owner.id()).query(UUID.class).single());
    }

    public UUID aiJob(ActingUser owner, UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into ai_jobs (deal_id, job_type)
                values (:deal, 'property_valuation')
                returning id
                """).param("deal", deal).query(UUID.class).single());
    }

    public UUID lead(ActingUser owner) {
        return lead(owner, null, null);
    }

    public UUID lead(ActingUser owner, String email, String phone) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into leads (user_id, name, email, phone)
                values (:owner, 'Pat Seller', :email, :phone)
                returning id
                """)
                .param("owner", owner.id())
                .param("email", email)
                .param("phone", phone)
                .query(UUID.class).single());
    }

    public UUID property(ActingUser owner) {
        return insert(owner, """
                insert into re_properties (user_id, address_line_1, city, state, zip)
                values (:owner, '12 Harbour St', 'Sydney', 'NSW', '2000')
                returning id
                """);
    }

    public UUID document(ActingUser owner) {
        return document(owner, null, null);
    }

    public UUID document(ActingUser owner, UUID property, UUID deal) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into re_documents (user_id, property_id, deal_id, title, type, file_url)
                values (:owner, cast(:property as uuid), cast(:deal as uuid),
                        'Inspection report', 'inspection', 's3://docs/inspection.pdf')
                returning id
                """)
                .param("owner", owner.id())
                .param("property", property)
                .param("deal", deal)
                .query(UUID.class).single());
    }

    public UUID leadDocument(ActingUser owner, UUID lead) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into re_lead_documents (lead_id, title, type, file_url)
                values (:lead, 'Driver licence', 'id', 's3://docs/licence.pdf')
                returning id
                """).param("lead", lead).query(UUID.class).single());
    }

    public void linkDocument(ActingUser owner, UUID property, UUID document) {
        users.runAs(owner, () -> jdbc.sql("""
                insert into re_property_documents (property_id, document_id)
                values (:property, :document)
                """).param("property", property).param("document", document).update());
    }

    /** Deletes one row by id as the given user; returns how many rows went. */
    public int delete(ActingUser user, String table, UUID id) {
        return users.inTransactionAs(user, () -> jdbc.sql("delete from " + table + " where id = :id")
                .param("id", id).update());
    }

    /** Deletes the user itself, as seed 001's account deletion would. */
    public void deleteUser(ActingUser user) {
        delete(user, "users", user.id());
    }

    private UUID insert(ActingUser owner, String sql) {
        return users.inTransactionAs(owner, () -> jdbc.sql(sql)
                .param("owner", owner.id()).query(UUID.class).single());
    }
}
