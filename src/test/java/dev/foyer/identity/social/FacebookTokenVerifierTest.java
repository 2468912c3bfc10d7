package dev.foyer.identity.social;

import static dev.foyer.identity.social.FakeFacebook.APP_ID;
import static dev.foyer.identity.social.FakeFacebook.APP_SECRET;
import static dev.foyer.identity.social.FakeFacebook.DEBUG_TOKEN_PATH;
import static dev.foyer.identity.social.FakeFacebook.IN_AN_HOUR;
import static dev.foyer.identity.social.FakeFacebook.ME_PATH;
import static dev.foyer.identity.social.FakeFacebook.NOW;
import static dev.foyer.identity.social.FakeFacebook.PICTURE_URL;
import static dev.foyer.identity.social.FakeFacebook.USER_ID;
import static dev.foyer.identity.social.FakeFacebook.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Facebook must say about a user access token before Foyer believes it. */
class FacebookTokenVerifierTest {

    private final FakeFacebook facebook = new FakeFacebook();

    @AfterEach
    void stopFacebook() {
        facebook.close();
    }

    @Test
    void returnsTheIdentityWithNameEmailAndPicture() {
        var identity = facebook.verifier().verify(USER_TOKEN);

        assertThat(identity).isEqualTo(
                new ExternalIdentity("facebook", USER_ID, "ada@example.com", "Ada Lovelace", PICTURE_URL));
    }

    @Test
    void sendsTheAppAccessTokenOnlyToDebugToken() throws Exception {
        facebook.verifier().verify(USER_TOKEN);

        var debugToken = facebook.server.requests(DEBUG_TOKEN_PATH).get(0).parameters();
        assertThat(debugToken).containsEntry("input_token", USER_TOKEN)
                .containsEntry("access_token", APP_ID + "|" + APP_SECRET);
        var me = facebook.server.requests(ME_PATH).get(0);
        assertThat(me.parameters()).containsEntry("access_token", USER_TOKEN)
                .containsEntry("appsecret_proof", hmacSha256Hex(APP_SECRET, USER_TOKEN))
                .containsEntry("fields", "id,name,email,picture.type(large)");
        assertThat(me.rawQuery()).doesNotContain(APP_SECRET);
    }

    @Test
    void rejectsTokenFacebookSaysIsInvalid() {
        facebook.answerDebugToken(false, APP_ID, USER_ID, IN_AN_HOUR);

        assertRejected("not valid");
        assertThat(facebook.server.requests(ME_PATH)).isEmpty();
    }

    @Test
    void rejectsTokenIssuedForAnotherApp() {
        facebook.answerDebugToken(true, "999999", USER_ID, IN_AN_HOUR);

        assertRejected("another app");
    }

    @Test
    void rejectsExpiredToken() {
        facebook.answerDebugToken(true, APP_ID, USER_ID, NOW.getEpochSecond());

        assertRejected("expired");
    }

    @Test
    void acceptsTokenThatNeverExpires() {
        facebook.answerDebugToken(true, APP_ID, USER_ID, 0);

        assertThat(facebook.verifier().verify(USER_TOKEN).subject()).isEqualTo(USER_ID);
    }

    @Test
    void rejectsTokenOfNoUser() {
        facebook.answerDebugToken(true, APP_ID, "", IN_AN_HOUR);

        assertRejected("no user");
    }

    @Test
    void rejectsProfileOfAnotherUserThanTheToken() {
        facebook.answerMe("10158999999999999");

        assertRejected("another user");
    }

    @Test
    void rejectsEveryTokenWhenNotConfigured() {
        var properties = new FacebookSignInProperties(APP_ID, null, facebook.server.baseUrl(), "v21.0");
        var verifier = new FacebookTokenVerifier(properties, Clock.systemUTC());

        assertThat(verifier.enabled()).isFalse();
        assertThatThrownBy(() -> verifier.verify(USER_TOKEN))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining("not enabled");
        assertThat(facebook.server.requests()).isEmpty();
    }

    @Test
    void neverPrintsTheSecretInItsProperties() {
        assertThat(facebook.properties().toString()).contains(APP_ID).doesNotContain(APP_SECRET);
    }

    private void assertRejected(String reason) {
        assertThatThrownBy(() -> facebook.verifier().verify(USER_TOKEN))
                .isInstanceOf(InvalidExternalTokenException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(USER_TOKEN)
                .hasMessageNotContaining(APP_SECRET);
    }

    private static String hmacSha256Hex(String key, String message) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
