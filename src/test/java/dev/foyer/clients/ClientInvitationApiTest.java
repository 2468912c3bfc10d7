package dev.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.identity.OtpWindows;
import dev.foyer.identity.TestPhones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A realtor invites a phone; its owner signs in, finds the invitation and answers it. */
@FoyerIntegrationTest
class ClientInvitationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    SignedInClient realtor;

    @BeforeEach
    void setUp() {
        OtpWindows.startAFreshAddressWindow();
        api = new ApiClient(port);
        realtor = ClientApi.realtor(api);
    }

    @Test
    void invitingNeedsTheRealtorAccountType() {
        var noRole = SignedInClient.signUp(api);
        var creator = SignedInClient.signUpAs(api, "creator");

        var withoutRole = ClientApi.invite(noRole, TestPhones.next(), null);
        var asCreator = ClientApi.invite(creator, TestPhones.next(), null);

        assertThat(withoutRole.status()).isEqualTo(403);
        assertThat(withoutRole.text("type")).isEqualTo("/problems/role-required");
        assertThat(asCreator.status()).isEqualTo(403);
        assertThat(asCreator.text("type")).isEqualTo("/problems/forbidden");
        assertThat(noRole.delete("/api/clients/" + UUID.randomUUID()).status()).isEqualTo(403);
    }

    @Test
    void aPhoneInvitedBeforeItHasAnAccountIsClaimedAcceptedAndMakesAClient() {
        String phone = TestPhones.next();

        var invited = ClientApi.invite(realtor, phone.substring(0, 6) + " " + phone.substring(6), "Ann@Example.com");
        var client = ClientApi.phoneUser(api, phone);
        String pairId = ClientApi.pendingInvitation(client.client(), realtor.userId());
        var beforeAccepting = realtor.get("/api/clients?q=" + phone.substring(4));
        var accepted = client.client().post("/api/invitations/" + pairId + "/accept", Map.of());

        assertThat(invited.status()).as(invited.raw().body()).isEqualTo(201);
        assertThat(invited.text("status")).isEqualTo("invited");
        assertThat(invited.text("phone")).isEqualTo(phone);
        assertThat(invited.text("email")).isEqualTo("Ann@Example.com");
        assertThat(invited.text("clientId")).isNull();
        assertThat(realtor.get(invited.header("Location")).text("phone")).as("the Location answers").isEqualTo(phone);
        assertThat(beforeAccepting.json().path("items").get(0).path("status").asString()).isEqualTo("pending");
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        var entry = realtor.get("/api/clients/" + client.id());
        assertThat(entry.text("status")).isEqualTo("active");
        assertThat(entry.text("phone")).isEqualTo(phone);
        assertThat(entry.json().path("onboarding").path("onboardingId").asString())
                .isEqualTo(accepted.text("onboardingId"));
        assertThat(entry.json().path("onboarding").path("sectionsFilled").asInt()).isZero();
        assertThat(client.client().get("/api/me").text("role")).isEqualTo("client");
        assertThat(client.client().get("/api/invitations").json()).isEmpty();
        var realtors = client.client().get("/api/clients");
        assertThat(realtors.json().path("items").get(0).path("realtorId").asString())
                .isEqualTo(realtor.userId().toString());
    }

    @Test
    void aMemberIsInvitedWithTheSameAnswerAsAStrangerAndClaimsOnListing() {
        var member = ClientApi.phoneUser(api);
        String stranger = TestPhones.next();

        var toMember = ClientApi.invite(realtor, member.phone(), null);
        var toStranger = ClientApi.invite(realtor, stranger, null);

        assertThat(toMember.status()).isEqualTo(201);
        assertThat(toStranger.status()).isEqualTo(201);
        assertThat(toMember.json().propertyNames()).isEqualTo(toStranger.json().propertyNames());
        assertThat(toMember.text("status")).isEqualTo(toStranger.text("status")).isEqualTo("invited");
        ClientApi.pendingInvitation(member.client(), realtor.userId());
        ClientApi.pendingInvitation(member.client(), realtor.userId());
        assertThat(member.client().get("/api/invitations").json()).hasSize(1);
    }

    @Test
    void acceptingKeepsAChosenAccountType() {
        var client = ClientApi.chooseRole(ClientApi.phoneUser(api), "creator");

        ClientApi.acceptedClient(realtor, client);

        assertThat(client.client().get("/api/me").text("role")).isEqualTo("creator");
    }

    @Test
    void badPhoneAndEmailAreNamed() {
        var badPhone = ClientApi.invite(realtor, "not a phone", null);
        var badEmail = ClientApi.invite(realtor, TestPhones.next(), "nobody-at-example");
        var missing = realtor.post("/api/clients", Map.of());
        var both = ClientApi.invite(realtor, "12", "nobody-at-example");

        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.errorFields()).containsExactly("phone");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.errorFields()).containsExactly("email");
        assertThat(missing.errorFields()).containsExactly("phone");
        assertThat(both.errorFields()).containsExactlyInAnyOrder("phone", "email");
        assertThat(realtor.get("/api/clients").json().path("total").asLong()).isZero();
    }

    @Test
    void theSamePhoneTwiceIsAConflictWhileTheInvitationOrThePairIsLive() {
        var client = ClientApi.phoneUser(api);
        String other = TestPhones.next();
        ClientApi.invite(realtor, other, null);
        ClientApi.acceptedClient(realtor, client);

        var invitedAgain = ClientApi.invite(realtor, other, null);
        var clientAgain = ClientApi.invite(realtor, client.phone(), null);

        assertThat(invitedAgain.status()).isEqualTo(409);
        assertThat(invitedAgain.errorFields()).containsExactly("phone");
        assertThat(clientAgain.status()).isEqualTo(409);
        assertThat(realtor.get("/api/clients").json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aRealtorCannotInviteTheirOwnPhone() {
        var phoneRealtor = ClientApi.chooseRole(ClientApi.phoneUser(api), "realtor");

        var self = ClientApi.invite(phoneRealtor.client(), phoneRealtor.phone(), null);

        assertThat(self.status()).isEqualTo(400);
        assertThat(self.errorFields()).containsExactly("phone");
    }

    @Test
    void declinedInvitationsDisappearForBothUntilTheRealtorInvitesAgain() {
        var client = ClientApi.phoneUser(api);
        ClientApi.invite(realtor, client.phone(), null);
        String pairId = ClientApi.pendingInvitation(client.client(), realtor.userId());

        var declined = client.client().post("/api/invitations/" + pairId + "/decline", Map.of());

        assertThat(declined.status()).isEqualTo(204);
        assertThat(client.client().get("/api/invitations").json()).isEmpty();
        assertThat(client.client().post("/api/invitations/" + pairId + "/accept", Map.of()).status()).isEqualTo(404);
        assertThat(realtor.get("/api/clients").json().path("total").asLong()).isZero();
        assertThat(ClientApi.invite(realtor, client.phone(), null).text("status")).isEqualTo("pending");
        assertThat(ClientApi.pendingInvitation(client.client(), realtor.userId())).isEqualTo(pairId);
    }

    @Test
    void aRemovedClientIsInvitedAgainAndMustAcceptAgain() {
        var client = ClientApi.phoneUser(api);
        String onboardingId = ClientApi.acceptedClient(realtor, client);

        var removed = realtor.delete("/api/clients/" + client.id());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(realtor.get("/api/clients/" + client.id()).status()).isEqualTo(404);
        assertThat(realtor.get("/api/onboardings/" + onboardingId).status()).isEqualTo(404);
        assertThat(client.client().get("/api/onboardings/" + onboardingId).status()).isEqualTo(200);
        var again = ClientApi.invite(realtor, client.phone(), null);
        assertThat(again.status()).as(again.raw().body()).isEqualTo(201);
        assertThat(again.text("status")).isEqualTo("pending");
        assertThat(realtor.get("/api/onboardings/" + onboardingId).status()).isEqualTo(404);
        String pairId = ClientApi.pendingInvitation(client.client(), realtor.userId());
        var accepted = client.client().post("/api/invitations/" + pairId + "/accept", Map.of());
        assertThat(accepted.text("onboardingId")).isEqualTo(onboardingId);
        assertThat(realtor.get("/api/onboardings/" + onboardingId).status()).isEqualTo(200);
    }

    @Test
    void anUnclaimedInvitationIsCancelledAndThenNeverClaimed() {
        String phone = TestPhones.next();
        String invitationId = ClientApi.invite(realtor, phone, null).text("invitationId");

        var cancelled = realtor.delete("/api/clients/invitations/" + invitationId);
        var client = ClientApi.phoneUser(api, phone);

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(realtor.delete("/api/clients/invitations/" + invitationId).status()).isEqualTo(404);
        assertThat(client.client().get("/api/invitations").json()).isEmpty();
        assertThat(realtor.get("/api/clients").json().path("total").asLong()).isZero();
    }

    @Test
    void aClaimedInvitationIsNoLongerCancelled() {
        var client = ClientApi.phoneUser(api);
        String invitationId = ClientApi.invite(realtor, client.phone(), null).text("invitationId");
        ClientApi.pendingInvitation(client.client(), realtor.userId());

        assertThat(realtor.delete("/api/clients/invitations/" + invitationId).status()).isEqualTo(404);
    }

    @Test
    void removingAClientRevokesTheirShareLinksInTheSameStep() {
        var client = ClientApi.phoneUser(api);
        ClientApi.acceptedClient(realtor, client);
        var asRealtor = ActingUser.of(realtor.userId());
        UUID link = users.inTransactionAs(asRealtor, () -> new ClientRows(users, jdbc)
                .insertShareToken(realtor.userId(), client.id(), UUID.randomUUID().toString()));

        realtor.delete("/api/clients/" + client.id());

        assertThat(users.inTransactionAs(asRealtor, () -> jdbc.sql(
                "select revoked_at is not null from shareable_profile_tokens where id = :id")
                .param("id", link).query(Boolean.class).single())).isTrue();
    }

    @Test
    void clientsAreSearchedByNamePhoneOrEmailAndPagedInAStableOrder() {
        String first = TestPhones.next();
        String second = TestPhones.next();
        ClientApi.invite(realtor, first, "first@example.com");
        ClientApi.invite(realtor, second, "second@example.com");
        ClientApi.invite(realtor, TestPhones.next(), null);

        var byEmail = realtor.get("/api/clients?q=SECOND@");
        var byDigits = realtor.get("/api/clients?q=" + first.substring(3, 8));
        var page1 = realtor.get("/api/clients?limit=2");
        var page2 = realtor.get("/api/clients?limit=2&offset=2");
        var badLimit = realtor.get("/api/clients?limit=0");

        assertThat(byEmail.json().path("items").findValuesAsString("phone")).containsExactly(second);
        assertThat(byDigits.json().path("items").findValuesAsString("phone")).contains(first);
        assertThat(page1.json().path("total").asLong()).isEqualTo(3);
        assertThat(page1.json().path("items")).hasSize(2);
        assertThat(page2.json().path("items")).hasSize(1);
        assertThat(page1.json().path("items").findValuesAsString("invitationId"))
                .doesNotContainAnyElementsOf(page2.json().path("items").findValuesAsString("invitationId"));
        assertThat(badLimit.errorFields()).containsExactly("limit");
    }

    @Test
    void signingInClaimsAtOnceSoTheRealtorSeesThePendingClient() {
        String phone = TestPhones.next();
        ClientApi.invite(realtor, phone, null);

        var client = ClientApi.phoneUser(api, phone);

        var entry = realtor.get("/api/clients/" + client.id());
        assertThat(entry.status()).as(entry.raw().body()).isEqualTo(200);
        assertThat(entry.text("status")).isEqualTo("pending");
    }
}
