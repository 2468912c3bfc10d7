package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
import static dev.foyer.deals.DealApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A server configured for another default currency than seed 004's AUD gives it to new deals. */
@FoyerIntegrationTest
@TestPropertySource(properties = "foyer.deals.default-currency=USD")
class DealDefaultCurrencyApiTest {

    @LocalServerPort
    int port;

    @Test
    void aDealCreatedWithoutACurrencyGetsTheConfiguredOne() {
        var user = SignedInClient.signUp(new ApiClient(port));

        UUID unnamed = DealApi.create(user, deal("Enterprise License", 5000));
        UUID named = DealApi.create(user, with(deal("Annual Support", 25000), "currency", "AUD"));

        assertThat(DealApi.get(user, unnamed).path("currency").asString()).isEqualTo("USD");
        assertThat(DealApi.get(user, named).path("currency").asString()).isEqualTo("AUD");
        assertThat(user.get("/api/deals/" + unnamed + "/events").json().path("items").get(0)
                .path("metadata").path("currency").asString()).isEqualTo("USD");
    }
}
