package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another user's account and contact ids answer 404 on every endpoint, as an id nobody has would,
 * and nothing of the owner's changes.
 */
@FoyerIntegrationTest
class AccountIsolationApiTest {

    @LocalServerPort
    int port;

    SignedInClient owner;
    SignedInClient stranger;
    String account;
    String contact;

    @BeforeEach
    void setUp() {
        owner = SignedInClient.signUp(new ApiClient(port));
        stranger = SignedInClient.signUp(new ApiClient(port));
        account = AccountApi.create(owner, AccountApi.account("Private Co", "Commercial", "tags", List.of("secret")));
        contact = AccountApi.addContact(owner, account, Map.of("name", "Private Person", "email", "p@example.com",
                "isPrimary", true));
    }

    @Test
    void anotherUsersAccountIs404OnEveryEndpointAndUnchanged() {
        String before = owner.get("/api/accounts/" + account).raw().body();
        String path = "/api/accounts/" + account;

        assertNotFound(stranger.get(path));
        assertNotFound(stranger.patch(path, Map.of("companyName", "Taken over")));
        assertNotFound(stranger.delete(path));
        assertNotFound(stranger.get(path + "/contacts"));
        assertNotFound(stranger.post(path + "/contacts", Map.of("name", "Intruder", "isPrimary", true)));
        assertNotFound(stranger.get(path + "/contacts/" + contact));
        assertNotFound(stranger.patch(path + "/contacts/" + contact, Map.of("name", "Renamed", "isPrimary", false)));
        assertNotFound(stranger.delete(path + "/contacts/" + contact));

        assertThat(owner.get(path).raw().body()).isEqualTo(before);
    }

    @Test
    void anotherUsersContactIs404UnderTheStrangersOwnAccount() {
        String strangersAccount = AccountApi.create(stranger, "Stranger Co");
        String before = owner.get("/api/accounts/" + account).raw().body();
        String path = "/api/accounts/" + strangersAccount + "/contacts/" + contact;

        assertNotFound(stranger.get(path));
        assertNotFound(stranger.patch(path, Map.of("name", "Renamed")));
        assertNotFound(stranger.delete(path));

        assertThat(owner.get("/api/accounts/" + account).raw().body()).isEqualTo(before);
    }

    @Test
    void aContactIsReachedOnlyThroughItsOwnAccount() {
        String otherAccount = AccountApi.create(owner, "Second Co");
        String path = "/api/accounts/" + otherAccount + "/contacts/" + contact;

        assertNotFound(owner.get(path));
        assertNotFound(owner.patch(path, Map.of("name", "Moved")));
        assertNotFound(owner.delete(path));

        assertThat(owner.get("/api/accounts/" + account).json().path("contacts").get(0).path("name").asString())
                .isEqualTo("Private Person");
    }

    @Test
    void anotherUsersAccountsStayOutOfTheirListsSearchesAndStats() {
        assertThat(stranger.get("/api/accounts").json().path("total").asLong()).isZero();
        assertThat(stranger.get("/api/accounts?tag=secret").json().path("total").asLong()).isZero();
        assertThat(stranger.get("/api/accounts?q=private").json().path("total").asLong()).isZero();
        assertThat(stranger.get("/api/accounts/stats").json().path("totalContacts").asLong()).isZero();
    }

    @Test
    void withoutSignInEveryEndpointIs401() {
        var anonymous = new ApiClient(port);

        assertThat(anonymous.get("/api/accounts", null).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/accounts/" + account, null).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/accounts/stats", null).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/accounts", AccountApi.account("Anon", "Commercial")).status()).isEqualTo(401);
        assertThat(anonymous.patch("/api/accounts/" + account, Map.of("notes", "x"), null).status()).isEqualTo(401);
        assertThat(anonymous.delete("/api/accounts/" + account + "/contacts/" + contact, null).status()).isEqualTo(401);
    }

    private static void assertNotFound(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw().request().method() + " " + response.raw().uri())
                .isEqualTo(404);
        assertThat(response.json().path("type").asString()).isEqualTo("/problems/not-found");
    }
}
