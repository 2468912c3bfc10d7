package dev.foyer.clients.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

/** A realtor makes, lists and revokes share links; the client sees them; nobody else does. */
@FoyerIntegrationTest
class ShareLinkApiTest {

    private static final List<String> ALL_SECTIONS = List.of("contact", "date_of_birth", "address", "employment",
            "income", "emergency_contact", "household", "notes", "documents");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    ApiClient api;
    SharedClients clients;
    SharedClients.Pair pair;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        clients = new SharedClients(api, users, jdbc, storage);
        pair = clients.pair();
    }

    @Test
    void createsALinkForSevenDaysShowingEverySectionByDefault() {
        Instant before = MutableClock.SHARED.instant();

        var created = pair.realtor().post("/api/share-links", pair.link());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("url")).matches("http://localhost:" + port + "/share/[A-Za-z0-9_-]{43}");
        assertThat(created.text("clientId")).isEqualTo(pair.client().userId().toString());
        assertThat(created.header("Location")).isEqualTo("/api/share-links/" + created.text("id"));
        assertThat(Instant.parse(created.text("expiresAt")))
                .isBetween(before.plus(Duration.ofDays(7)), MutableClock.SHARED.instant().plus(Duration.ofDays(7)));
        assertThat(created.json().path("sections").values()).extracting(n -> n.asString())
                .containsExactlyElementsOf(ALL_SECTIONS);
    }

    @Test
    void storesTheHashOfTheTokenNeverTheToken() {
        var created = pair.realtor().post("/api/share-links", pair.link());
        String token = created.text("url").substring(created.text("url").lastIndexOf('/') + 1);

        String stored = clients.storedToken(pair, created.text("id"));

        assertThat(stored).isEqualTo(sha256Hex(token)).isNotEqualTo(token);
        assertThat(clients.tokensEqualTo(pair, token)).isEmpty();
        assertThat(pair.realtor().get("/api/share-links").raw().body()).doesNotContain(token).doesNotContain(stored);
    }

    @Test
    void everyLinkHasItsOwnToken() {
        String first = pair.realtor().post("/api/share-links", pair.link()).text("url");
        String second = pair.realtor().post("/api/share-links", pair.link()).text("url");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void takesTheChosenLifetimeAndSections() {
        var created = pair.realtor().post("/api/share-links",
                pair.link("expiresInDays", 30, "sections", List.of("income", "contact", "contact")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(Instant.parse(created.text("expiresAt")))
                .isAfter(MutableClock.SHARED.instant().plus(Duration.ofDays(30)).minus(Duration.ofMinutes(1)));
        assertThat(created.json().path("sections").values()).extracting(n -> n.asString())
                .containsExactly("contact", "income");
    }

    @Test
    void rejectsALifetimeOutsideOneToThirtyDaysNamingTheField() {
        for (int days : new int[] {0, -1, 31}) {
            var refused = pair.realtor().post("/api/share-links", pair.link("expiresInDays", days));

            assertThat(refused.status()).as("%d days", days).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("expiresInDays");
        }
        assertThat(pair.realtor().get("/api/share-links").json().path("total").asLong()).isZero();
    }

    @Test
    void rejectsUnknownOrNoSectionsNamingTheField() {
        var unknown = pair.realtor().post("/api/share-links", pair.link("sections", List.of("contact", "ssn")));
        var none = pair.realtor().post("/api/share-links", pair.link("sections", List.of()));
        var both = pair.realtor().post("/api/share-links", pair.link("sections", List.of("ssn"), "expiresInDays", 99));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("sections");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("sections");
        assertThat(both.errorFields()).containsExactlyInAnyOrder("sections", "expiresInDays");
    }

    @Test
    void rejectsAMissingClientNamingTheField() {
        var refused = pair.realtor().post("/api/share-links", Map.of("expiresInDays", 3));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("clientId");
    }

    @Test
    void aClientCannotCreateLinks() {
        var refused = pair.client().post("/api/share-links", pair.link());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).isEqualTo("/problems/forbidden");
    }

    @Test
    void refusesLinksForAPendingOrRemovedClient() {
        var pending = clients.pending();
        clients.remove(pair);

        assertThat(pending.realtor().post("/api/share-links", pending.link()).status()).isEqualTo(404);
        assertThat(pair.realtor().post("/api/share-links", pair.link()).status()).isEqualTo(404);
    }

    @Test
    void removingTheClientRevokesTheirLiveLinks() {
        String id = pair.realtor().post("/api/share-links", pair.link()).text("id");

        clients.remove(pair);

        assertThat(single(pair.realtor().get("/api/share-links")).path("status").asString()).isEqualTo("revoked");
        assertThat(pair.realtor().get("/api/share-links/" + id + "/views").status()).isEqualTo(200);
    }

    @Test
    void listsTheRealtorsLinksNewestFirstWithStatusAndViews() {
        var first = pair.realtor().post("/api/share-links", pair.link("sections", List.of("contact")));
        var second = pair.realtor().post("/api/share-links", pair.link());
        var landlord = new Landlord(port);
        landlord.open(second.text("url"));
        landlord.open(second.text("url"));
        assertThat(pair.realtor().delete("/api/share-links/" + first.text("id")).status()).isEqualTo(204);

        var list = pair.realtor().get("/api/share-links?clientId=" + pair.client().userId());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("total").asLong()).isEqualTo(2);
        var newest = list.json().path("items").get(0);
        var oldest = list.json().path("items").get(1);
        assertThat(newest.path("id").asString()).isEqualTo(second.text("id"));
        assertThat(newest.path("status").asString()).isEqualTo("live");
        assertThat(newest.path("viewCount").asLong()).isEqualTo(2);
        assertThat(newest.path("lastViewedAt").isNull()).isFalse();
        assertThat(newest.path("clientName").asString()).isEqualTo(pair.clientName());
        assertThat(oldest.path("status").asString()).isEqualTo("revoked");
        assertThat(oldest.path("viewCount").asLong()).isZero();
        assertThat(oldest.path("sections").values()).extracting(n -> n.asString()).containsExactly("contact");
    }

    @Test
    void listsAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            pair.realtor().post("/api/share-links", pair.link());
        }

        var page = pair.realtor().get("/api/share-links?limit=2&offset=2");

        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        assertThat(pair.realtor().get("/api/share-links?limit=0").errorFields()).containsExactly("limit");
    }

    @Test
    void theClientSeesLinksAboutThemAndWhoOpenedThem() {
        var created = pair.realtor().post("/api/share-links", pair.link());
        new Landlord(port).open(created.text("url"));

        var list = pair.client().get("/api/share-links");
        var views = pair.client().get("/api/share-links/" + created.text("id") + "/views");

        assertThat(single(list).path("id").asString()).isEqualTo(created.text("id"));
        assertThat(views.status()).isEqualTo(200);
        assertThat(views.json().path("total").asLong()).isEqualTo(1);
        var view = views.json().path("items").get(0);
        assertThat(view.path("ipPrefix").asString()).isEqualTo("127.0.0.0/24");
        assertThat(view.path("userAgent").asString()).isEqualTo(Landlord.USER_AGENT);
        assertThat(view.path("viewedAt").isNull()).isFalse();
    }

    @Test
    void revokingIsIdempotentAndKeepsTheFirstTime() {
        String id = pair.realtor().post("/api/share-links", pair.link()).text("id");

        assertThat(pair.realtor().delete("/api/share-links/" + id).status()).isEqualTo(204);
        String revokedAt = single(pair.realtor().get("/api/share-links")).path("revokedAt").asString();
        assertThat(pair.realtor().delete("/api/share-links/" + id).status()).isEqualTo(204);

        assertThat(single(pair.realtor().get("/api/share-links")).path("revokedAt").asString()).isEqualTo(revokedAt);
    }

    @Test
    void anotherUsersIdsAre404AndChangeNothing() {
        String id = pair.realtor().post("/api/share-links", pair.link()).text("id");
        var stranger = SignedInClient.signUpAs(api, "realtor");

        assertThat(stranger.post("/api/share-links", pair.link()).status()).isEqualTo(404);
        assertThat(stranger.delete("/api/share-links/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/share-links/" + id + "/views").status()).isEqualTo(404);
        assertThat(stranger.get("/api/share-links").json().path("total").asLong()).isZero();
        assertThat(stranger.get("/api/share-links?clientId=" + pair.client().userId()).json().path("total").asLong())
                .isZero();
        assertThat(pair.client().delete("/api/share-links/" + id).status()).isEqualTo(403);

        assertThat(single(pair.realtor().get("/api/share-links")).path("status").asString()).isEqualTo("live");
    }

    @Test
    void anIdThatIsNoIdIsABadRequest() {
        var refused = pair.realtor().delete("/api/share-links/not-an-id");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("id");
    }

    private static tools.jackson.databind.JsonNode single(ApiClient.Response list) {
        assertThat(list.json().path("items").size()).isEqualTo(1);
        return list.json().path("items").get(0);
    }

    static String sha256Hex(String text) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
