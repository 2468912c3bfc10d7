package dev.foyer.clients.share;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.documents.ObjectStorage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A realtor and a client as share links find them: signed up through the API, paired, the client's
 * onboarding filled in and documents uploaded, each row written with SQL by the user who would write
 * it in the product (the realtor invites, the client accepts, fills in and uploads).
 */
final class SharedClients {

    static final String PHONE = "+14165550123";
    static final String DATE_OF_BIRTH = "1990-04-15";
    static final String CITY = "Toronto";
    static final String EMPLOYER = "Northwind Logistics";
    static final int MONTHLY_INCOME = 7350;
    static final String MONTHLY_INCOME_SHOWN = "7,350";
    static final String EMERGENCY_CONTACT = "Ana Silva";
    static final String NOTES = "Non-smoker, quiet tenant";

    private final ApiClient api;
    private final TestUsers users;
    private final JdbcClient jdbc;
    private final ObjectStorage storage;

    SharedClients(ApiClient api, TestUsers users, JdbcClient jdbc, ObjectStorage storage) {
        this.api = api;
        this.users = users;
        this.jdbc = jdbc;
        this.storage = storage;
    }

    record Pair(SignedInClient realtor, SignedInClient client, String clientName, UUID onboardingId) {

        Map<String, Object> link(Object... more) {
            var body = new java.util.HashMap<String, Object>();
            body.put("clientId", client.userId().toString());
            for (int i = 0; i < more.length; i += 2) {
                body.put((String) more[i], more[i + 1]);
            }
            return body;
        }
    }

    /** A realtor and a client who accepted, with the onboarding form filled in. */
    Pair pair() {
        return pairWith(SignedInClient.signUpAs(api, "realtor"));
    }

    /** The realtor's new client, who accepted, with the onboarding form filled in. */
    Pair pairWith(SignedInClient realtor) {
        var client = SignedInClient.signUpAs(api, "client");
        String name = "Maya " + UUID.randomUUID().toString().substring(0, 6);
        users.runAs(as(client), () -> jdbc.sql("update users set full_name = :name where id = :id")
                .param("name", name).param("id", client.userId()).update());
        invite(realtor, client);
        users.runAs(as(client), () -> jdbc.sql("""
                update realtor_clients set status = 'active' where realtor_id = :realtorId and client_id = :clientId
                """).param("realtorId", realtor.userId()).param("clientId", client.userId()).update());
        UUID onboarding = users.inTransactionAs(as(client), () -> jdbc.sql("""
                insert into client_onboarding (realtor_id, client_id, phone, date_of_birth, current_address,
                       current_city, current_province, current_postal_code, employer_name, employer_phone,
                       job_title, monthly_income, employment_start_date, emergency_contact_name,
                       emergency_contact_phone, emergency_contact_relationship, number_of_occupants,
                       has_pets, additional_notes)
                values (:realtorId, :clientId, :phone, :dob::timestamptz, '12 Elm Street', :city, 'ON', 'M5V 2T6',
                        :employer, '+14165550188', 'Analyst', :income, '2019-03-01'::timestamptz, :emergency,
                        '+14165550177', 'Sister', 2, 'One cat', :notes)
                returning id
                """).param("realtorId", realtor.userId()).param("clientId", client.userId()).param("phone", PHONE)
                .param("dob", DATE_OF_BIRTH + "T00:00:00Z").param("city", CITY).param("employer", EMPLOYER)
                .param("income", MONTHLY_INCOME).param("emergency", EMERGENCY_CONTACT).param("notes", NOTES)
                .query(UUID.class).single());
        return new Pair(realtor, client, name, onboarding);
    }

    /** A pair the client has not accepted yet. */
    Pair pending() {
        var realtor = SignedInClient.signUpAs(api, "realtor");
        var client = SignedInClient.signUpAs(api, "client");
        invite(realtor, client);
        return new Pair(realtor, client, null, null);
    }

    /** The client uploads a document: its bytes in object storage, its row in client_documents. */
    UUID document(Pair pair, String title, String filename, byte[] bytes) {
        String key = "onboarding/" + pair.onboardingId() + "/" + UUID.randomUUID();
        try {
            storage.put(key, () -> new ByteArrayInputStream(bytes), bytes.length, "application/pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documentRow(pair, title, filename, key, bytes.length);
    }

    /** A row whose object is not in storage, as a crash between the two could leave it. */
    UUID documentRow(Pair pair, String title, String filename, String key, long size) {
        return users.inTransactionAs(as(pair.client()), () -> jdbc.sql("""
                insert into client_documents (onboarding_id, title, s3_key, filename, mime_type, size_bytes)
                values (:onboardingId, :title, :key, :filename, 'application/pdf', :size)
                returning id
                """).param("onboardingId", pair.onboardingId()).param("title", title).param("key", key)
                .param("filename", filename).param("size", size).query(UUID.class).single());
    }

    /** Spoils the row's media type, as no upload could: serving the document then fails inside the server. */
    void spoilMediaType(Pair pair, UUID documentId) {
        users.runAs(as(pair.client()), () -> jdbc.sql("update client_documents set mime_type = 'not a media type' where id = :id")
                .param("id", documentId).update());
    }

    /** The realtor removes the client (soft delete). */
    void remove(Pair pair) {
        users.runAs(as(pair.realtor()), () -> jdbc.sql("""
                update realtor_clients set deleted_at = now() where realtor_id = :realtorId and client_id = :clientId
                """).param("realtorId", pair.realtor().userId()).param("clientId", pair.client().userId()).update());
    }

    /** What the database holds in the link's token column, read as its realtor. */
    String storedToken(Pair pair, String linkId) {
        return users.inTransactionAs(as(pair.realtor()), () -> jdbc.sql(
                        "select token from shareable_profile_tokens where id = :id")
                .param("id", UUID.fromString(linkId)).query(String.class).single());
    }

    List<String> tokensEqualTo(Pair pair, String value) {
        return users.inTransactionAs(as(pair.realtor()), () -> jdbc.sql(
                        "select id::text from shareable_profile_tokens where token = :value")
                .param("value", value).query(String.class).list());
    }

    static ActingUser as(SignedInClient user) {
        return ActingUser.of(user.userId());
    }

    private void invite(SignedInClient realtor, SignedInClient client) {
        users.runAs(as(realtor), () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId)
                """).param("realtorId", realtor.userId()).param("clientId", client.userId()).update());
    }
}
