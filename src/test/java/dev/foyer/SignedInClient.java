package dev.foyer;

import java.util.Map;
import java.util.UUID;

import dev.foyer.identity.TestPhones;

/**
 * A fresh user signed in through the real phone sign-in (code read from the fake Twilio), with the
 * access token every call of theirs carries. Make one per user a test needs.
 */
public record SignedInClient(ApiClient api, UUID userId, String phone, String accessToken, String refreshToken) {

    public static SignedInClient signUp(ApiClient api) {
        String phone = TestPhones.next();
        var sent = api.post("/api/auth/otp", Map.of("phone", phone));
        if (sent.status() != 202) {
            throw new AssertionError("Could not send a code: " + sent.raw().body());
        }
        var verified = api.post("/api/auth/otp/verify", Map.of("phone", phone, "code", FakeProviders.lastCode(phone)));
        if (verified.status() != 200) {
            throw new AssertionError("Could not sign in: " + verified.raw().body());
        }
        return new SignedInClient(api, UUID.fromString(verified.json().path("user").path("id").asString()), phone,
                verified.text("accessToken"), verified.text("refreshToken"));
    }

    /** Signs up and picks an account type, for endpoints that need one. */
    public static SignedInClient signUpAs(ApiClient api, String role) {
        var client = signUp(api);
        var chosen = api.put("/api/me/role", Map.of("role", role), client.accessToken());
        if (chosen.status() != 200) {
            throw new AssertionError("Could not choose a role: " + chosen.raw().body());
        }
        return new SignedInClient(api, client.userId(), client.phone(), chosen.text("accessToken"), client.refreshToken());
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
