package dev.foyer.clients.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.documents.ObjectStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storage and rows kept in step: cascades take the objects along, the sweep cleans and reports the rest. */
@FoyerIntegrationTest
class DocumentStorageSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    @Autowired
    DocumentStorageSweep sweep;

    DocumentApi api;
    Onboardings onboardings;
    SignedInClient realtor;
    SignedInClient client;
    UUID onboardingId;

    @BeforeEach
    void startOnboarding() {
        api = new DocumentApi(port);
        onboardings = new Onboardings(users, jdbc, storage);
        realtor = SignedInClient.signUpAs(new ApiClient(port), "realtor");
        client = SignedInClient.signUp(new ApiClient(port));
        onboardingId = onboardings.start(realtor, client);
    }

    @Test
    void deletingTheOnboardingRemovesItsObjects() {
        api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf());
        api.upload(client, onboardingId, "id.png", SampleFiles.png());
        assertThat(onboardings.objects(onboardingId)).hasSize(2);

        users.runAs(Onboardings.as(realtor), () -> jdbc.sql("delete from client_onboarding where id = :id")
                .param("id", onboardingId).update());
        var result = sweep.run();

        assertThat(result.drained()).isGreaterThanOrEqualTo(2);
        assertThat(onboardings.objects(onboardingId)).isEmpty();
    }

    @Test
    void deletingTheClientsAccountRemovesTheirObjects() {
        api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf());
        assertThat(onboardings.objects(onboardingId)).hasSize(1);

        users.runAs(Onboardings.as(client), () -> jdbc.sql("delete from users where id = :id")
                .param("id", client.userId()).update());
        sweep.run();

        assertThat(onboardings.objects(onboardingId)).isEmpty();
    }

    @Test
    void anObjectNoRowNamesIsRemovedOnlyOnceItIsAnHourOld() throws IOException {
        String kept = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf()).id();
        String orphan = "onboardings/" + onboardingId + "/" + UUID.randomUUID();
        storage.put(orphan, () -> new ByteArrayInputStream(new byte[10]), 10, "application/pdf");

        // Judged at the storage's own time: the shared test clock may be ahead of it already.
        var young = sweep.run(Instant.now());

        assertThat(young.ran()).isTrue();
        assertThat(young.removed()).doesNotContain(orphan);
        assertThat(storage.exists(orphan)).isTrue();

        MutableClock.SHARED.advance(Duration.ofMinutes(61));
        var old = sweep.run();

        assertThat(old.removed()).contains(orphan);
        assertThat(storage.exists(orphan)).isFalse();
        assertThat(onboardings.objects(onboardingId)).containsExactly(onboardings.objectKey(client, kept));
    }

    @Test
    void aRowWhoseObjectIsMissingIsReported() {
        String key = "onboardings/" + onboardingId + "/" + UUID.randomUUID();
        users.runAs(Onboardings.as(client), () -> jdbc.sql("""
                insert into client_documents (onboarding_id, title, s3_key, filename, mime_type, size_bytes)
                values (:onboardingId, 'Lost', :key, 'lost.pdf', 'application/pdf', 10)
                """).param("onboardingId", onboardingId).param("key", key).update());
        var admin = users.create("admin");

        var result = sweep.run();

        assertThat(result.missing()).contains(key);
        long reports = users.inTransactionAs(admin, () -> jdbc.sql("""
                select count(*) from system_logs
                 where source = 'documents.storage-sweep' and level = 'error' and (details ->> 'missingObjects')::int >= 1
                """).query(Long.class).single());
        assertThat(reports).isPositive();
    }
}
