package dev.foyer.clients;

import java.util.UUID;

import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of seed 000's tables, each written by the user who would write it in the product: the
 * realtor invites (pair), the client fills in the onboarding and uploads documents, the realtor
 * shares a link.
 */
final class ClientRows {

    private final TestUsers users;
    private final JdbcClient jdbc;

    ClientRows(TestUsers users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    UUID pair(ActingUser realtor, ActingUser client) {
        return users.inTransactionAs(realtor, () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId) returning id
                """).param("realtorId", realtor.id()).param("clientId", client.id()).query(UUID.class).single());
    }

    /** The pair as it is once the client accepted the realtor's invitation. */
    UUID acceptedPair(ActingUser realtor, ActingUser client) {
        users.runAs(realtor, () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId)
                on conflict (realtor_id, client_id) do nothing
                """).param("realtorId", realtor.id()).param("clientId", client.id()).update());
        return users.inTransactionAs(client, () -> jdbc.sql("""
                update realtor_clients set status = 'active' where realtor_id = :realtorId and client_id = :clientId
                returning id
                """).param("realtorId", realtor.id()).param("clientId", client.id()).query(UUID.class).single());
    }

    UUID onboarding(ActingUser realtor, ActingUser client) {
        acceptedPair(realtor, client);
        return users.inTransactionAs(client, () -> jdbc.sql("""
                insert into client_onboarding (realtor_id, client_id, phone) values (:realtorId, :clientId, '+14165550100')
                returning id
                """).param("realtorId", realtor.id()).param("clientId", client.id()).query(UUID.class).single());
    }

    UUID document(ActingUser client, UUID onboardingId) {
        return users.inTransactionAs(client, () -> insertDocument(onboardingId, uniqueS3Key()));
    }

    /** Inserts in the caller's transaction, as whoever it is bound to. */
    UUID insertDocument(UUID onboardingId, String s3Key) {
        return jdbc.sql("""
                insert into client_documents (onboarding_id, title, s3_key, filename, mime_type, size_bytes)
                values (:onboardingId, 'Pay stub', :s3Key, 'paystub.pdf', 'application/pdf', 48213)
                returning id
                """).param("onboardingId", onboardingId).param("s3Key", s3Key).query(UUID.class).single();
    }

    UUID shareToken(ActingUser realtor, ActingUser client) {
        return users.inTransactionAs(realtor, () -> insertShareToken(realtor.id(), client.id(), uniqueToken()));
    }

    /** Inserts in the caller's transaction, as whoever it is bound to. */
    UUID insertShareToken(UUID realtorId, UUID clientId, String token) {
        return jdbc.sql("""
                insert into shareable_profile_tokens (realtor_id, client_id, token, expires_at)
                values (:realtorId, :clientId, :token, now() + interval '7 days')
                returning id
                """).param("realtorId", realtorId).param("clientId", clientId).param("token", token)
                .query(UUID.class).single();
    }

    /** How many rows of the table match, as an admin sees them (admins read all of seed 000's tables). */
    long countAsAdmin(ActingUser admin, String table, String column, UUID value) {
        return users.inTransactionAs(admin, () -> jdbc.sql("select count(*) from " + table + " where " + column + " = :value")
                .param("value", value).query(Long.class).single());
    }

    void deleteUser(ActingUser user) {
        users.runAs(user, () -> jdbc.sql("delete from users where id = :id").param("id", user.id()).update());
    }

    static String uniqueS3Key() {
        return "onboarding/" + UUID.randomUUID() + "/paystub.pdf";
    }

    static String uniqueToken() {
        return "sha256-" + UUID.randomUUID();
    }
}
