package dev.foyer.clients.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.documents.ObjectStorage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads that must be refused, or cleaned, and that leave neither an object nor a row behind. */
@FoyerIntegrationTest
class HostileUploadTest {

    static final int LIMIT = 10 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    @Autowired
    Flyway flyway;

    DocumentApi api;
    Onboardings onboardings;
    SignedInClient client;
    UUID onboardingId;

    @BeforeEach
    void startOnboarding() {
        api = new DocumentApi(port);
        onboardings = new Onboardings(users, jdbc, storage);
        var realtor = SignedInClient.signUpAs(new ApiClient(port), "realtor");
        client = SignedInClient.signUp(new ApiClient(port));
        onboardingId = onboardings.start(realtor, client);
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        var linux = api.upload(client, onboardingId, "Pay stub", "paystub.pdf", "application/pdf", SampleFiles.elf());
        var windows = api.upload(client, onboardingId, "Pay stub", "paystub.pdf", "application/pdf",
                SampleFiles.windowsExecutable());

        assertRefused(linux, 415);
        assertRefused(windows, 415);
        assertThat(linux.json().path("type").asString()).isEqualTo("/problems/unsupported-media-type");
    }

    @Test
    void anSvgDeclaredAsPngIsRefused() {
        var svg = api.upload(client, onboardingId, "Photo ID", "id.png", "image/png", SampleFiles.svg());

        assertRefused(svg, 415);
    }

    @Test
    void aZipRenamedDocxIsRefused() {
        assertRefused(api.upload(client, onboardingId, "Letter", "letter.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.zip()), 415);
    }

    @Test
    void aPdfNamedAsAnImageIsRefused() {
        assertRefused(api.upload(client, onboardingId, "Photo ID", "id.png", "image/png", SampleFiles.pdf()), 415);
    }

    @Test
    void oneByteOverTheLimitIsA413AndTheLimitItselfIsTaken() {
        var over = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf(LIMIT + 1));

        assertRefused(over, 413);
        assertThat(over.json().path("type").asString()).isEqualTo("/problems/payload-too-large");

        var atLimit = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf(LIMIT));
        assertThat(atLimit.status()).isEqualTo(201);
        assertThat(onboardings.objects(onboardingId)).hasSize(1);
    }

    @Test
    void aFileNameWithPathPartsIsCleaned() {
        var uploaded = api.upload(client, onboardingId, "Pay stub", "../../etc/passwd.pdf", "application/pdf", SampleFiles.pdf());

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("fileName").asString()).isEqualTo("passwd.pdf");
        assertThat(onboardings.objectKey(client, uploaded.id())).startsWith("onboardings/" + onboardingId + "/")
                .doesNotContain("passwd").doesNotContain("..");
    }

    @Test
    void aRowTheDatabaseRefusesLeavesNoObject() {
        var owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        String trigger = "refuse_document_" + onboardingId.toString().replace("-", "");
        owner.sql("""
                create function %1$s() returns trigger language plpgsql as $$
                begin raise exception 'refused for the test'; end $$;
                create trigger %1$s before insert on client_documents for each row
                    when (new.onboarding_id = '%2$s') execute function %1$s();
                """.formatted(trigger, onboardingId)).update();
        try {
            var refused = api.upload(client, onboardingId, "paystub.pdf", SampleFiles.pdf());

            assertThat(refused.status()).isEqualTo(500);
            assertThat(onboardings.rows(client, onboardingId)).isZero();
            assertThat(onboardings.objects(onboardingId)).isEmpty();
        } finally {
            owner.sql("drop trigger %1$s on client_documents; drop function %1$s();".formatted(trigger)).update();
        }
    }

    private void assertRefused(DocumentApi.Upload upload, int status) {
        assertThat(upload.status()).as(upload.json().toString()).isEqualTo(status);
        assertThat(upload.errorFields()).containsExactly("file");
        assertThat(onboardings.rows(client, onboardingId)).isZero();
        assertThat(onboardings.objects(onboardingId)).isEmpty();
    }
}
