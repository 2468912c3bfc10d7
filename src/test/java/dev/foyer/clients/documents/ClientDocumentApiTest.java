package dev.foyer.clients.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.documents.ObjectStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client's documents through the API, stored in S3 (the test server's back end), read by the realtor. */
@FoyerIntegrationTest
class ClientDocumentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    DocumentApi api;
    Onboardings onboardings;
    SignedInClient realtor;
    SignedInClient client;
    UUID onboardingId;

    @BeforeEach
    void startOnboarding() {
        var http = new ApiClient(port);
        api = new DocumentApi(port);
        onboardings = new Onboardings(users, jdbc, storage);
        realtor = SignedInClient.signUpAs(http, "realtor");
        client = SignedInClient.signUp(http);
        onboardingId = onboardings.start(realtor, client);
    }

    @Test
    void theClientUploadsAndTheRealtorListsAndDownloads() {
        byte[] pdf = SampleFiles.pdf(5000);

        var uploaded = api.upload(client, onboardingId, "Pay stub — March", "Pay stub (März).pdf", "application/pdf", pdf);

        assertThat(uploaded.status()).as(uploaded.json().toString()).isEqualTo(201);
        assertThat(uploaded.json().path("title").asString()).isEqualTo("Pay stub — March");
        assertThat(uploaded.json().path("fileName").asString()).isEqualTo("Pay stub (März).pdf");
        assertThat(uploaded.json().path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.json().path("sizeBytes").asLong()).isEqualTo(5000);
        assertThat(onboardings.objects(onboardingId)).containsExactly(onboardings.objectKey(client, uploaded.id()));

        var listed = DocumentApi.list(realtor, onboardingId);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("items")).extracting(item -> item.path("id").asString()).containsExactly(uploaded.id());

        var download = api.download(realtor, onboardingId, uploaded.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Pay stub (Maerz).pdf\"; filename*=UTF-8''Pay%20stub%20%28M%C3%A4rz%29.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theListIsNewestFirst() {
        String first = api.upload(client, onboardingId, "id.png", SampleFiles.png()).id();
        String second = api.upload(client, onboardingId, "letter.docx", SampleFiles.docx()).id();
        dev.foyer.MutableClock.SHARED.advance(java.time.Duration.ofSeconds(1));
        String third = api.upload(client, onboardingId, "photo.heic", SampleFiles.heic()).id();

        var listed = DocumentApi.list(client, onboardingId);

        assertThat(listed.json().path("items")).extracting(item -> item.path("id").asString())
                .startsWith(third).containsExactlyInAnyOrder(first, second, third);
        assertThat(listed.json().path("total").asInt()).isEqualTo(3);
    }

    @Test
    void deletingADocumentRemovesItsRowAndItsObject() {
        String id = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf()).id();

        var deleted = client.delete("/api/onboardings/" + onboardingId + "/documents/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(onboardings.rows(client, onboardingId)).isZero();
        assertThat(onboardings.objects(onboardingId)).isEmpty();
        assertThat(client.get("/api/onboardings/" + onboardingId + "/documents/" + id).status()).isEqualTo(404);
    }

    @Test
    void titleAndFileAreRequiredAndNamed() {
        var nothing = api.upload(client, onboardingId, null, null, null, null);
        var blankTitle = api.upload(client, onboardingId, "  ", "paystub.pdf", "application/pdf", SampleFiles.pdf());

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.errorFields()).containsExactlyInAnyOrder("title", "file");
        assertThat(blankTitle.status()).isEqualTo(400);
        assertThat(blankTitle.errorFields()).containsExactly("title");
        var nulTitle = api.upload(client, onboardingId, "Pay\u0000stub", "paystub.pdf", "application/pdf", SampleFiles.pdf());
        assertThat(nulTitle.status()).isEqualTo(400);
        assertThat(nulTitle.errorFields()).containsExactly("title");
        assertThat(onboardings.objects(onboardingId)).isEmpty();
    }

    @Test
    void theRealtorReadsButDoesNotAddOrRemove() {
        String id = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf()).id();

        var upload = api.upload(realtor, onboardingId, "paystub.pdf", SampleFiles.pdf());
        var delete = realtor.delete("/api/onboardings/" + onboardingId + "/documents/" + id);

        assertThat(upload.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(onboardings.rows(client, onboardingId)).isEqualTo(1);
        assertThat(onboardings.objects(onboardingId)).hasSize(1);
    }

    @Test
    void aRemovedClientsRealtorNoLongerSeesTheDocuments() {
        String id = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf()).id();

        onboardings.removeClient(realtor, client);

        assertThat(DocumentApi.list(realtor, onboardingId).status()).isEqualTo(404);
        assertThat(api.download(realtor, onboardingId, id).statusCode()).isEqualTo(404);
        assertThat(DocumentApi.list(client, onboardingId).status()).isEqualTo(200);
    }

    @Test
    void invitingARemovedClientAgainOpensNothingUntilTheyAccept() {
        String id = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf()).id();
        onboardings.removeClient(realtor, client);

        onboardings.inviteAgain(realtor, client);

        assertThat(DocumentApi.list(realtor, onboardingId).status()).isEqualTo(404);
        assertThat(api.download(realtor, onboardingId, id).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherUsersIdsAre404() {
        String id = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf()).id();
        var stranger = SignedInClient.signUpAs(new ApiClient(port), "realtor");
        String document = "/api/onboardings/" + onboardingId + "/documents/" + id;

        assertThat(DocumentApi.list(stranger, onboardingId).status()).isEqualTo(404);
        assertThat(stranger.get(document).status()).isEqualTo(404);
        assertThat(api.download(stranger, onboardingId, id).statusCode()).isEqualTo(404);
        assertThat(stranger.delete(document).status()).isEqualTo(404);
        assertThat(api.upload(stranger, onboardingId, "paystub.pdf", SampleFiles.pdf()).status()).isEqualTo(404);
        // The document under another onboarding's id, even one the caller owns, is not found either.
        var strangersClient = SignedInClient.signUp(new ApiClient(port));
        UUID strangersOnboarding = onboardings.start(stranger, strangersClient);
        assertThat(stranger.get("/api/onboardings/" + strangersOnboarding + "/documents/" + id).status()).isEqualTo(404);
        assertThat(strangersClient.delete("/api/onboardings/" + strangersOnboarding + "/documents/" + id).status())
                .isEqualTo(404);

        assertThat(onboardings.rows(client, onboardingId)).isEqualTo(1);
        assertThat(onboardings.objects(onboardingId)).hasSize(1);
        assertThat(onboardings.objects(strangersOnboarding)).isEmpty();
    }
}
