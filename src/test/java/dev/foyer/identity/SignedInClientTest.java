package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class SignedInClientTest {

    @LocalServerPort
    int port;

    @Test
    void aUserWhoChoseARoleActsWithTheTokenIssuedAfterTheChoice() {
        var realtor = SignedInClient.signUpAs(new ApiClient(port), "realtor");

        var me = realtor.get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("role")).isEqualTo("realtor");
        assertThat(me.text("id")).isEqualTo(realtor.userId().toString());
    }
}
