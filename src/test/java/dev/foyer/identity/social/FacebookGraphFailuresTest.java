package dev.foyer.identity.social;

import static dev.foyer.identity.social.FakeFacebook.APP_SECRET;
import static dev.foyer.identity.social.FakeFacebook.DEBUG_TOKEN_PATH;
import static dev.foyer.identity.social.FakeFacebook.ME_PATH;
import static dev.foyer.identity.social.FakeFacebook.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * When the Graph API says no, or says nothing usable: a refusal is an invalid token (401), everything
 * else is Facebook being unavailable (502/503), and neither ever shows the token or the app secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class FacebookGraphFailuresTest {

    private final FakeFacebook facebook = new FakeFacebook();

    @AfterEach
    void stopFacebook() {
        facebook.close();
    }

    @Test
    void rejectsTokenWhenDebugTokenAnswersAnError() {
        facebook.server.answer(DEBUG_TOKEN_PATH, 400, """
                {"error": {"message": "Invalid OAuth access token - Cannot parse access token",
                           "type": "OAuthException", "code": 190, "fbtrace_id": "A1b2"}}
                """);

        assertFails(InvalidExternalTokenException.class, "HTTP 400");
    }

    @Test
    void rejectsTokenWhenTheProfileIsRefused() {
        facebook.server.answer(ME_PATH, 401, "{\"error\": {\"code\": 190}}");

        assertFails(InvalidExternalTokenException.class, "HTTP 401");
    }

    @Test
    void reportsAServerErrorAsUnavailable() {
        facebook.server.answer(DEBUG_TOKEN_PATH, 500, "{\"error\": {\"code\": 2}}");

        assertFails(ExternalProviderUnavailableException.class, "debug_token");
    }

    @Test
    void reportsAnAnswerThatIsNotJsonAsUnavailable() {
        facebook.server.answer(ME_PATH, 200, "<html>Sorry, something went wrong</html>");

        assertFails(ExternalProviderUnavailableException.class, "me");
    }

    @Test
    void reportsAFacebookThatIsDownAsUnavailable() {
        var verifier = facebook.verifier();
        facebook.close();

        assertThatThrownBy(() -> verifier.verify(USER_TOKEN))
                .isInstanceOf(ExternalProviderUnavailableException.class)
                .hasMessageContaining("unreachable")
                .hasMessageNotContaining(USER_TOKEN)
                .hasMessageNotContaining(APP_SECRET);
    }

    @Test
    void reportsAFacebookThatDoesNotAnswerInTimeAsUnavailable() {
        facebook.server.hang(DEBUG_TOKEN_PATH);
        var verifier = facebook.verifier(Duration.ofMillis(300));

        assertThatThrownBy(() -> verifier.verify(USER_TOKEN))
                .isInstanceOf(ExternalProviderUnavailableException.class)
                .hasMessageContaining("Timeout");
    }

    @Test
    void logsNeitherTheTokenNorTheSecretEvenAtTraceLevel(CapturedOutput output) {
        try (var logging = new DebugLogging()) {
            facebook.verifier().verify(USER_TOKEN);
            facebook.server.answer(DEBUG_TOKEN_PATH, 500, "{}");
            assertThatThrownBy(() -> facebook.verifier().verify(USER_TOKEN));
        }

        // The token's prefix survives URL encoding, so an encoded copy in a logged URL is caught too.
        assertThat(output.getAll()).doesNotContain(USER_TOKEN.substring(0, 4)).doesNotContain(APP_SECRET);
    }

    private void assertFails(Class<? extends RuntimeException> type, String reason) {
        assertThatThrownBy(() -> facebook.verifier().verify(USER_TOKEN))
                .isInstanceOf(type)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(USER_TOKEN)
                .hasMessageNotContaining(APP_SECRET);
    }
}
