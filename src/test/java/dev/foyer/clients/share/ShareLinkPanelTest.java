package dev.foyer.clients.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

/**
 * The realtor's share links panel over HTTP (the browser test clicks through it): bad choices are
 * shown on the form and create nothing, views are listed, and anyone but the client's realtor is
 * turned away.
 */
@FoyerIntegrationTest
class ShareLinkPanelTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    private final HttpClient http = HttpClient.newHttpClient();
    ApiClient api;
    SharedClients.Pair pair;
    String panel;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        pair = new SharedClients(api, users, jdbc, storage).pair();
        panel = "/clients/" + pair.client().userId() + "/share-links";
    }

    @Test
    void listsEachLinkWithItsLatestViews() {
        String url = pair.realtor().post("/api/share-links", pair.link()).text("url");
        new Landlord(port).open(url);

        var shown = get(pair.realtor(), panel + "/panel");

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"share-links\"", "Live", "Opened once", "127.0.0.0/24",
                Landlord.USER_AGENT);
        assertThat(shown.body()).as("the address is shown only when made").doesNotContain(url);
    }

    @Test
    void showsTheNewAddressOnceAndRefusesBadChoicesOnTheForm() {
        var created = post(pair.realtor(), panel, "expiresInDays=3&sections=contact&sections=documents");
        var tooLong = post(pair.realtor(), panel, "expiresInDays=31&sections=contact");
        var nothing = post(pair.realtor(), panel, "expiresInDays=3");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).containsPattern("value=\"http://localhost:" + port + "/share/[A-Za-z0-9_-]{43}\"");
        assertThat(tooLong.statusCode()).as("htmx swaps in only a 2xx panel").isEqualTo(200);
        assertThat(tooLong.body()).contains("Choose between 1 and 30 days.");
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains("Choose at least one section.");
        assertThat(pair.realtor().get("/api/share-links").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherRealtorOrTheClientIsTurnedAway() {
        String id = pair.realtor().post("/api/share-links", pair.link()).text("id");
        var stranger = SignedInClient.signUpAs(api, "realtor");

        assertThat(get(stranger, panel + "/panel").statusCode()).isEqualTo(404);
        assertThat(get(stranger, panel).statusCode()).isEqualTo(404);
        assertThat(post(stranger, panel, "expiresInDays=3&sections=contact").statusCode()).isEqualTo(404);
        assertThat(post(stranger, panel + "/" + id + "/revoke", "").statusCode()).isEqualTo(404);
        assertThat(get(pair.client(), panel + "/panel").statusCode()).isEqualTo(403);

        var links = pair.realtor().get("/api/share-links").json();
        assertThat(links.path("total").asLong()).isEqualTo(1);
        assertThat(links.path("items").get(0).path("status").asString()).isEqualTo("live");
    }

    private HttpResponse<String> get(SignedInClient user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    private HttpResponse<String> post(SignedInClient user, String path, String form) {
        return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true").header("HX-Target", ShareLinkPanel.PANEL_ID)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(SignedInClient user, HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Bearer " + user.accessToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
