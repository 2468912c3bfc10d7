package dev.foyer;

import java.util.Map;
import java.util.UUID;


/**
 * A fresh user signed in through the real Google sign-in (an ID token the fake Google signed), with
 * the access token every call of theirs carries. Make one per user a test needs. Google rather than
 * phone codes: codes are throttled per client address, and every test calls from 127.0.0.1.
 */
public record SignedInClient(ApiClient api, UUID userId, String accessToken, String refreshToken) {

    public static SignedInClient signUp(ApiClient api) {
        String idToken = FakeProviders.GOOGLE.idToken("google-" + UUID.randomUUID(), null, null,
                MutableClock.SHARED.instant());
        var signedIn = api.post("/api/auth/google", Map.of("idToken", idToken));
        if (signedIn.status() != 200) {
            throw new AssertionError("Could not sign in: " + signedIn.raw().body());
        }
        return new SignedInClient(api, UUID.fromString(signedIn.json().path("user").path("id").asString()),
                signedIn.text("accessToken"), signedIn.text("refreshToken"));
    }

    /** Signs up and picks an account type, for endpoints that need one. */
    public static SignedInClient signUpAs(ApiClient api, String role) {
        var client = signUp(api);
        var chosen = api.put("/api/me/role", Map.of("role", role), client.accessToken());
        if (chosen.status() != 200) {
            throw new AssertionError("Could not choose a role: " + chosen.raw().body());
        }
        return new SignedInClient(api, client.userId(), chosen.text("accessToken"), client.refreshToken());
    }

    public ApiClient.Response get(String path) {
        return api.get(path, accessToken);
    }

    public ApiClient.Response post(String path, Object body) {
        return api.post(path, body, accessToken);
    }

    public ApiClient.Response put(String path, Object body) {
        return api.put(path, body, accessToken);
    }

    public ApiClient.Response patch(String path, Object body) {
        return api.patch(path, body, accessToken);
    }

    public ApiClient.Response delete(String path) {
        return api.delete(path, accessToken);
    }
}
