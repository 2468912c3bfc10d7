package dev.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.identity.OtpWindows;
import dev.foyer.identity.TestPhones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A third user, realtor or client, reaching for a pair's ids: every endpoint answers 404, as for an
 * id nobody has, and nothing of the pair changes.
 */
@FoyerIntegrationTest
class ClientIsolationApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    SignedInClient realtor;
    ClientApi.PhoneUser client;
    String onboarding;
    String pendingPair;
    String invitation;

    @BeforeEach
    void setUp() {
        OtpWindows.startAFreshAddressWindow();
        api = new ApiClient(port);
        realtor = ClientApi.realtor(api);
        client = ClientApi.phoneUser(api);
        onboarding = "/api/onboardings/" + ClientApi.acceptedClient(realtor, client);
        client.client().patch(onboarding, Map.of("currentCity", "Halifax"));
        var pendingClient = ClientApi.phoneUser(api);
        ClientApi.invite(realtor, pendingClient.phone(), null);
        pendingPair = ClientApi.pendingInvitation(pendingClient.client(), realtor.userId());
        invitation = ClientApi.invite(realtor, TestPhones.next(), null).text("invitationId");
    }

    @Test
    void anotherRealtorReachesNothingOfThePair() {
        var other = ClientApi.realtor(api);
        String clientsBefore = realtor.get("/api/clients").raw().body();
        String formBefore = client.client().get(onboarding).raw().body();

        assertNotFound(other.get("/api/clients/" + client.id()));
        assertNotFound(other.delete("/api/clients/" + client.id()));
        assertNotFound(other.delete("/api/clients/invitations/" + invitation));
        assertNotFound(other.get(onboarding));
        assertNotFound(other.patch(onboarding, Map.of("currentCity", "Taken")));
        assertNotFound(other.post(onboarding + "/submit", Map.of()));
        assertNotFound(other.post("/api/invitations/" + pendingPair + "/accept", Map.of()));
        assertNotFound(other.post("/api/invitations/" + pendingPair + "/decline", Map.of()));
        assertThat(other.get("/api/clients").json().path("total").asLong()).isZero();
        assertThat(other.get("/api/onboardings").json()).isEmpty();

        assertThat(realtor.get("/api/clients").raw().body()).isEqualTo(clientsBefore);
        assertThat(client.client().get(onboarding).raw().body()).isEqualTo(formBefore);
    }

    @Test
    void anotherClientReachesNothingOfThePair() {
        var other = ClientApi.phoneUser(api).client();
        String clientsBefore = realtor.get("/api/clients").raw().body();
        String formBefore = client.client().get(onboarding).raw().body();

        assertNotFound(other.get(onboarding));
        assertNotFound(other.patch(onboarding, Map.of("currentCity", "Taken")));
        assertNotFound(other.post(onboarding + "/submit", Map.of()));
        assertNotFound(other.post("/api/invitations/" + pendingPair + "/accept", Map.of()));
        assertNotFound(other.post("/api/invitations/" + pendingPair + "/decline", Map.of()));
        assertThat(other.get("/api/invitations").json()).isEmpty();
        assertThat(other.get("/api/clients").json().path("total").asLong()).isZero();

        assertThat(realtor.get("/api/clients").raw().body()).isEqualTo(clientsBefore);
        assertThat(client.client().get(onboarding).raw().body()).isEqualTo(formBefore);
    }

    @Test
    void theRealtorCannotAnswerTheirOwnInvitation() {
        assertNotFound(realtor.post("/api/invitations/" + pendingPair + "/accept", Map.of()));
        assertThat(realtor.get("/api/clients").json().path("items").findValuesAsString("status"))
                .contains("pending");
    }

    private static void assertNotFound(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(404);
        assertThat(response.text("type")).isEqualTo("/problems/not-found");
    }
}
