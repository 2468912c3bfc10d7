package dev.foyer.clients.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.documents.ObjectStorage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A realtor and a client with an accepted pair and the client's onboarding, written by the users
 * who would write them in the product, straight in SQL: the realtor invites, the client accepts and
 * starts the form. And what is in storage and in the table for one onboarding.
 */
public final class Onboardings {

    private final TestUsers users;
    private final JdbcClient jdbc;
    private final ObjectStorage storage;

    public Onboardings(TestUsers users, JdbcClient jdbc, ObjectStorage storage) {
        this.users = users;
        this.jdbc = jdbc;
        this.storage = storage;
    }

    public UUID start(SignedInClient realtor, SignedInClient client) {
        users.runAs(as(realtor), () -> jdbc.sql("insert into realtor_clients (realtor_id, client_id) values (:realtor, :client)")
                .param("realtor", realtor.userId()).param("client", client.userId()).update());
        users.runAs(as(client), () -> jdbc.sql("""
                update realtor_clients set status = 'active' where realtor_id = :realtor and client_id = :client
                """).param("realtor", realtor.userId()).param("client", client.userId()).update());
        return users.inTransactionAs(as(client), () -> jdbc.sql("""
                insert into client_onboarding (realtor_id, client_id) values (:realtor, :client) returning id
                """).param("realtor", realtor.userId()).param("client", client.userId()).query(UUID.class).single());
    }

    /** The realtor removes the client (soft delete), as the clients list does. */
    void removeClient(SignedInClient realtor, SignedInClient client) {
        users.runAs(as(realtor), () -> jdbc.sql("""
                update realtor_clients set deleted_at = now() where realtor_id = :realtor and client_id = :client
                """).param("realtor", realtor.userId()).param("client", client.userId()).update());
    }

    /** The realtor invites a removed client again, as re-inviting their phone does: the pair is pending again. */
    void inviteAgain(SignedInClient realtor, SignedInClient client) {
        users.runAs(as(realtor), () -> jdbc.sql("""
                update realtor_clients set deleted_at = null, status = 'pending'
                 where realtor_id = :realtor and client_id = :client
                """).param("realtor", realtor.userId()).param("client", client.userId()).update());
    }

    /** The object keys stored for the onboarding's documents. */
    public List<String> objects(UUID onboardingId) {
        var keys = new ArrayList<String>();
        try {
            storage.list("onboardings/" + onboardingId + "/", object -> keys.add(object.key()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** The onboarding's document rows, as its client sees them. */
    long rows(SignedInClient client, UUID onboardingId) {
        return users.inTransactionAs(as(client), () -> jdbc.sql("select count(*) from client_documents where onboarding_id = :id")
                .param("id", onboardingId).query(Long.class).single());
    }

    String objectKey(SignedInClient client, String documentId) {
        return users.inTransactionAs(as(client), () -> jdbc.sql("select s3_key from client_documents where id = :id")
                .param("id", UUID.fromString(documentId)).query(String.class).single());
    }

    public static ActingUser as(SignedInClient user) {
        return new ActingUser(user.userId(), "user");
    }
}
