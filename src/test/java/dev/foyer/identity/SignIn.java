package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;

/**
 * Signs users in through the API, for tests that need someone signed in. New users come through
 * Google: phone codes are throttled per client address, and every test shares 127.0.0.1.
 */
public final class SignIn {

    /** One signed-in device: the user, the session, and the tokens the server handed out. */
    public record Session(UUID userId, UUID sessionId, String accessToken, String refreshToken) {
    }

    private final ApiClient api;
    private final Clock clock;

    public SignIn(ApiClient api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** A new user, signed in once. */
    public Session newUser() {
        return google("google-" + UUID.randomUUID(), null);
    }

    /** Signs in as this Google account (a new user the first time); {@code deviceName} may be null. */
    public Session google(String subject, String deviceName) {
        var body = new HashMap<String, String>();
        body.put("idToken", FakeProviders.GOOGLE.idToken(subject, null, null, clock.instant()));
        if (deviceName != null) {
            body.put("deviceName", deviceName);
        }
        return session(api.post("/api/auth/google", body));
    }

    /** Asks for a code for the phone and signs in with it. */
    public Session phone(String phone) {
        var sent = api.post("/api/auth/otp", Map.of("phone", phone));
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(202);
        return session(api.post("/api/auth/otp/verify", Map.of("phone", phone, "code", FakeProviders.lastCode(phone))));
    }

    /** The session of a successful sign-in answer. */
    public static Session session(ApiClient.Response signedIn) {
        assertThat(signedIn.status()).as(signedIn.raw().body()).isEqualTo(200);
        String accessToken = signedIn.text("accessToken");
        return new Session(UUID.fromString(signedIn.json().path("user").path("id").asString()),
                sessionId(accessToken), accessToken, signedIn.text("refreshToken"));
    }

    /** The device session an access token belongs to (its {@code sid} claim). */
    public static UUID sessionId(String accessToken) {
        try {
            return UUID.fromString(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid"));
        } catch (ParseException e) {
            throw new AssertionError("Not a JWT: " + accessToken, e);
        }
    }
}
