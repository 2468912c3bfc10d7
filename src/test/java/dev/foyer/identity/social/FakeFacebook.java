package dev.foyer.identity.social;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Facebook's Graph API as the tests need it: debug_token and /me on a local server. */
class FakeFacebook implements AutoCloseable {

    static final String APP_ID = "424242";
    static final String APP_SECRET = "app-secret-never-logged";
    static final String USER_ID = "10158000000000001";
    // Characters that would break out of their query parameter if the URL were not encoded.
    static final String USER_TOKEN = "EAAG+user/token&access_token=x|y";
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final long IN_AN_HOUR = NOW.plus(Duration.ofHours(1)).getEpochSecond();
    static final String DEBUG_TOKEN_PATH = "/v21.0/debug_token";
    static final String ME_PATH = "/v21.0/me";
    static final String PICTURE_URL = "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=1&height=200";

    final FakeHttpServer server = new FakeHttpServer();

    FakeFacebook() {
        answerDebugToken(true, APP_ID, USER_ID, IN_AN_HOUR);
        answerMe(USER_ID);
    }

    FacebookSignInProperties properties() {
        return new FacebookSignInProperties(APP_ID, APP_SECRET, server.baseUrl(), "v21.0");
    }

    FacebookTokenVerifier verifier() {
        return verifier(Duration.ofSeconds(5));
    }

    FacebookTokenVerifier verifier(Duration timeout) {
        return new FacebookTokenVerifier(properties(), Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    void answerDebugToken(boolean valid, String appId, String userId, long expiresAt) {
        server.answer(DEBUG_TOKEN_PATH, 200, """
                {"data": {"app_id": "%s", "type": "USER", "application": "Foyer", "data_access_expires_at": %d,
                          "expires_at": %d, "is_valid": %b, "scopes": ["email", "public_profile"], "user_id": "%s"}}
                """.formatted(appId, expiresAt + 7_776_000, expiresAt, valid, userId));
    }

    void answerMe(String id) {
        server.answer(ME_PATH, 200, """
                {"id": "%s", "name": "Ada Lovelace", "email": "ada@example.com",
                 "picture": {"data": {"height": 200, "is_silhouette": false, "url": "%s", "width": 200}}}
                """.formatted(id, PICTURE_URL));
    }

    @Override
    public void close() {
        server.close();
    }
}
