package dev.foyer.clients.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import dev.foyer.documents.ObjectStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A landlord opens a share link without signing in: the chosen sections, the documents, and 410 once it ends. */
@FoyerIntegrationTest
class SharedProfilePageTest {

    private static final byte[] PAY_STUB = "%PDF-1.4 pay stub of March\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    SharedClients clients;
    SharedClients.Pair pair;
    Landlord landlord;
    UUID payStub;

    @BeforeEach
    void setUp() {
        clients = new SharedClients(new ApiClient(port), users, jdbc, storage);
        pair = clients.pair();
        payStub = clients.document(pair, "March pay stub", "pay-stub-march.pdf", PAY_STUB);
        landlord = new Landlord(port);
    }

    @Test
    void showsOnlyTheChosenSections() {
        String url = link(List.of("contact", "address", "employment", "documents"));

        var page = landlord.open(url);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(pair.clientName(), SharedClients.PHONE, SharedClients.CITY,
                SharedClients.EMPLOYER, "March pay stub");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(page.body()).as("a link relative to the page, /share/{token}/documents/{id}")
                .contains("href=\"" + token + "/documents/" + payStub + "\"");
        assertThat(page.body()).doesNotContain(SharedClients.DATE_OF_BIRTH, SharedClients.MONTHLY_INCOME_SHOWN,
                String.valueOf(SharedClients.MONTHLY_INCOME), SharedClients.EMERGENCY_CONTACT, SharedClients.NOTES,
                "One cat");
    }

    @Test
    void showsEverySectionOfADefaultLink() {
        var page = landlord.open(link(null));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This link is valid until", "(UTC)");
        assertThat(page.body()).contains(pair.clientName(), SharedClients.DATE_OF_BIRTH,
                SharedClients.MONTHLY_INCOME_SHOWN, SharedClients.EMERGENCY_CONTACT, SharedClients.NOTES, "One cat",
                "March pay stub");
    }

    @Test
    void downloadsASharedDocumentAsAnAttachment() {
        String url = link(null);

        HttpResponse<byte[]> download = landlord.download(url + "/documents/" + payStub);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PAY_STUB);
        assertThat(header(download, "Content-Disposition")).startsWith("attachment").contains("pay-stub-march.pdf");
        assertThat(header(download, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(download, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(download, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(download, "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aLinkWithoutDocumentsNeitherListsNorServesThem() {
        String url = link(List.of("contact"));

        assertThat(landlord.open(url).body()).doesNotContain("March pay stub");
        assertThat(landlord.download(url + "/documents/" + payStub).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherClientsDocumentIsNotFoundThroughALink() {
        var other = clients.pair();
        UUID othersDocument = clients.document(other, "Other pay stub", "other.pdf", PAY_STUB);

        assertThat(landlord.download(link(null) + "/documents/" + othersDocument).statusCode()).isEqualTo(404);
    }

    @Test
    void aRevokedLinkSaysItIsNoLongerValidWith410() {
        var created = pair.realtor().post("/api/share-links", pair.link());
        String url = created.text("url");
        assertThat(landlord.open(url).statusCode()).isEqualTo(200);

        pair.realtor().delete("/api/share-links/" + created.text("id"));

        var page = landlord.open(url);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link is no longer valid").doesNotContain(pair.clientName());
        assertThat(landlord.download(url + "/documents/" + payStub).statusCode()).isEqualTo(410);
    }

    @Test
    void anExpiredLinkSaysItIsNoLongerValidWith410() {
        String url = pair.realtor().post("/api/share-links", pair.link("expiresInDays", 1)).text("url");
        assertThat(landlord.open(url).statusCode()).isEqualTo(200);

        MutableClock.SHARED.advance(Duration.ofDays(1).plusMinutes(1));

        var page = landlord.open(url);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link is no longer valid").doesNotContain(pair.clientName());
        assertThat(landlord.download(url + "/documents/" + payStub).statusCode()).isEqualTo(410);
    }

    @Test
    void aRemovedClientsLinkSaysItIsNoLongerValid() {
        String url = link(null);

        clients.remove(pair);

        assertThat(landlord.open(url).statusCode()).isEqualTo(410);
    }

    @Test
    void aTokenNobodyIssuedIsNotFound() {
        var unknown = landlord.openPath("/share/" + ShareTokens.generate());
        var malformed = landlord.openPath("/share/not-a-token");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link does not exist");
        assertThat(malformed.statusCode()).isEqualTo(404);
    }

    @Test
    void recordsEachViewButNotAGoneOne() {
        var created = pair.realtor().post("/api/share-links", pair.link());
        landlord.open(created.text("url"));
        landlord.open(created.text("url"));
        pair.realtor().delete("/api/share-links/" + created.text("id"));
        landlord.open(created.text("url"));

        var views = pair.realtor().get("/api/share-links/" + created.text("id") + "/views");

        assertThat(views.json().path("total").asLong()).isEqualTo(2);
        assertThat(views.json().path("items").get(0).path("ipPrefix").asString()).isEqualTo("127.0.0.0/24");
        assertThat(views.json().path("items").get(0).path("userAgent").asString()).isEqualTo(Landlord.USER_AGENT);
    }

    @Test
    void sendsNoReferrerNoStoreAndNoIndexOnEveryAnswer() {
        var created = pair.realtor().post("/api/share-links", pair.link());
        var live = landlord.open(created.text("url"));
        pair.realtor().delete("/api/share-links/" + created.text("id"));
        var gone = landlord.open(created.text("url"));
        var unknown = landlord.openPath("/share/" + ShareTokens.generate());

        for (var answer : List.of(live, gone, unknown)) {
            assertThat(header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(header(answer, "Cache-Control")).isEqualTo("no-store");
            assertThat(header(answer, "X-Robots-Tag")).contains("noindex");
        }
    }

    @Test
    void errorAnswersDoNotEchoTheAddress() {
        String url = link(null);
        String token = url.substring(url.lastIndexOf('/') + 1);

        var answers = List.of(landlord.sendAsScript("POST", "/share/" + token),
                landlord.sendAsScript("GET", "/share/" + token + "/nothing-here"),
                landlord.postPath("/share/" + token), landlord.openPath("/share/" + token + "/nothing-here"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(403, 404, 403, 404);
        assertThat(answers.get(0).body()).contains("/share/" + ShareTokenFilter.MASK);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.body()).doesNotContain(token);
            assertThat(header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
        });
    }

    private String link(List<String> sections) {
        var created = sections == null ? pair.realtor().post("/api/share-links", pair.link())
                : pair.realtor().post("/api/share-links", pair.link("sections", sections));
        assertThat(created.status()).isEqualTo(201);
        return created.text("url");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
