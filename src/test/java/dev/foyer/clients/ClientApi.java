package dev.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.MutableClock;
import dev.foyer.SignedInClient;
import dev.foyer.identity.SignIn;
import dev.foyer.identity.TestPhones;

/**
 * The realtor-client story through the API: a realtor invites a phone, its owner signs in with it,
 * finds the invitation and accepts it. Tests that sign in by phone start a fresh OTP address window
 * first ({@code OtpWindows}).
 */
final class ClientApi {

    /** A user who signs in with a phone code, with the phone. */
    record PhoneUser(SignedInClient client, String phone) {

        UUID id() {
            return client.userId();
        }
    }

    private ClientApi() {
    }

    static SignedInClient realtor(ApiClient api) {
        return SignedInClient.signUpAs(api, "realtor");
    }

    static PhoneUser phoneUser(ApiClient api) {
        return phoneUser(api, TestPhones.next());
    }

    /** Signs in with this phone: the first time, that makes the account. */
    static PhoneUser phoneUser(ApiClient api, String phone) {
        var session = new SignIn(api, MutableClock.SHARED).phone(phone);
        return new PhoneUser(new SignedInClient(api, session.userId(), session.accessToken(), session.refreshToken()),
                phone);
    }

    /** The phone user after choosing an account type, with the access token issued for it. */
    static PhoneUser chooseRole(PhoneUser user, String role) {
        var chosen = user.client().put("/api/me/role", Map.of("role", role));
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
        return new PhoneUser(new SignedInClient(user.client().api(), user.id(), chosen.text("accessToken"),
                user.client().refreshToken()), user.phone());
    }

    static ApiClient.Response invite(SignedInClient realtor, String phone, String email) {
        var body = new HashMap<String, String>();
        body.put("phone", phone);
        if (email != null) {
            body.put("email", email);
        }
        return realtor.post("/api/clients", body);
    }

    /** The id of the user's pending invitation from this realtor (claiming it on the way). */
    static String pendingInvitation(SignedInClient client, UUID realtorId) {
        var pending = client.get("/api/invitations");
        assertThat(pending.status()).as(pending.raw().body()).isEqualTo(200);
        for (var invitation : pending.json()) {
            if (invitation.path("realtorId").asString().equals(realtorId.toString())) {
                return invitation.path("id").asString();
            }
        }
        throw new AssertionError("No invitation from " + realtorId + " in " + pending.raw().body());
    }

    /** Invites the phone user, who accepts; answers the onboarding id. */
    static String acceptedClient(SignedInClient realtor, PhoneUser client) {
        var invited = invite(realtor, client.phone(), null);
        assertThat(invited.status()).as(invited.raw().body()).isEqualTo(201);
        var accepted = client.client().post("/api/invitations/" + pendingInvitation(client.client(), realtor.userId())
                + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        return accepted.text("onboardingId");
    }
}
