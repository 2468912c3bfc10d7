package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an import refuses whole, and that a failure halfway through leaves nothing behind. */
@FoyerIntegrationTest
class ContactImportLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    Flyway flyway;

    SignedInClient alice;
    ContactFiles files;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
        files = new ContactFiles(port, alice);
    }

    @Test
    void moreThanTheMostRowsIsRefusedNamingTheFile() {
        var csv = new StringBuilder("First Name\n");
        for (int i = 0; i <= 100_000; i++) {
            csv.append("P").append(i).append('\n');
        }

        var result = files.importCsv(csv.toString());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(result.json().path("detail").asString()).contains("100000");
        assertThat(alice.get("/api/contacts").json().path("total").asInt()).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsA413ProblemDocument() {
        byte[] file = new byte[21 * 1024 * 1024];
        Arrays.fill(file, (byte) 'x');
        System.arraycopy("First Name\n".getBytes(StandardCharsets.UTF_8), 0, file, 0, 11);

        var result = files.importCsv(file, null);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.json().path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(result.json().path("instance").asString()).isEqualTo("/api/contacts/import");
    }

    @Test
    void aFailureHalfwayLeavesNothingImported() {
        // The database refuses the tag assignments, which are written after the contacts and tags.
        var owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        String trigger = "fail_import_" + alice.userId().toString().replace("-", "");
        owner.sql("""
                create function %1$s() returns trigger language plpgsql as $$
                begin raise exception 'refused for the test'; end $$;
                create trigger %1$s before insert on contacts_to_tags for each row
                    when (new.user_id = '%2$s') execute function %1$s();
                """.formatted(trigger, alice.userId())).update();
        try {
            var result = files.importCsv("First Name,Tags\nAnn,Lead\nBen,\n");

            assertThat(result.status()).isEqualTo(500);
        } finally {
            owner.sql("drop trigger %1$s on contacts_to_tags; drop function %1$s()".formatted(trigger)).update();
        }
        assertThat(alice.get("/api/contacts").json().path("total").asInt()).isZero();
        assertThat(alice.get("/api/tags").json().size()).isZero();
    }
}
