package dev.foyer.api;

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
 * A NUL character, which PostgreSQL text cannot hold, is a 400 naming the field wherever it comes
 * in: a JSON string, one in a list, a query parameter. Nothing is written.
 */
@FoyerIntegrationTest
class NulTextApiTest {

    @LocalServerPort
    int port;

    SignedInClient alice;

    @BeforeEach
    void signUp() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void aNulInAJsonStringIsA400NamingTheField() {
        var contact = alice.post("/api/contacts", Map.of("firstName", "Ann\u0000", "lastName", "Lee"));
        assertThat(contact.status()).isEqualTo(400);
        assertThat(contact.errorFields()).containsExactly("firstName");
        assertThat(contact.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must not contain a NUL character");

        var account = alice.post("/api/accounts", Map.of("companyName", "Co", "customerType", "Commercial",
                "tags", List.of("ok", "b\u0000d")));
        assertThat(account.status()).isEqualTo(400);
        assertThat(account.errorFields()).containsExactly("tags[1]");

        var deal = alice.post("/api/deals", Map.of("title", "Deal", "value", 100, "description", "\u0000"));
        assertThat(deal.status()).isEqualTo(400);
        assertThat(deal.errorFields()).containsExactly("description");

        assertThat(alice.get("/api/contacts").json().path("total").asLong()).isZero();
        assertThat(alice.get("/api/accounts").json().path("total").asLong()).isZero();
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt() {
        for (String path : List.of("/api/contacts?q=a%00b", "/api/accounts?q=a%00b", "/api/contacts/export?q=%00")) {
            var refused = alice.get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.errorFields()).as(path).containsExactly("q");
            assertThat(refused.text("type")).isEqualTo("/problems/validation");
        }
        assertThat(alice.get("/api/contacts?q=ab").status()).isEqualTo(200);
    }
}
