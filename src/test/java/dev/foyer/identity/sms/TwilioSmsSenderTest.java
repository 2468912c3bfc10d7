package dev.foyer.identity.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioSmsSenderTest {

    private static final String ACCOUNT = "AC00000000000000000000000000000001";
    private static final String TOKEN = "auth-token-of-the-test";
    private static final String TEXT = "Your Foyer code is 042917";

    private FakeTwilio twilio;

    @BeforeEach
    void startFakeTwilio() throws IOException {
        twilio = new FakeTwilio();
    }

    @AfterEach
    void stopFakeTwilio() {
        twilio.close();
    }

    @Test
    void postsTheMessageToTheAccountsMessagesResource() {
        sender("+61491570006", null).send("+61412345678", TEXT);

        var request = twilio.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactly(
                entry("To", "+61412345678"), entry("From", "+61491570006"), entry("Body", TEXT));
    }

    @Test
    void authenticatesWithTheAccountSidAndAuthToken() {
        sender("+61491570006", null).send("+61412345678", TEXT);

        String credentials = ACCOUNT + ":" + TOKEN;
        assertThat(twilio.lastRequest().authorization()).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sendsFromTheMessagingServiceWhenOneIsConfigured() {
        sender(null, "MG00000000000000000000000000000001").send("+61412345678", TEXT);

        assertThat(twilio.lastRequest().form())
                .containsEntry("MessagingServiceSid", "MG00000000000000000000000000000001")
                .doesNotContainKey("From");
    }

    @Test
    void reportsTwilioErrorWithoutTheMessageText() {
        twilio.answer(400, """
                {"code": 21211, "message": "The 'To' number +61412345678 is not a valid phone number.",
                 "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""");

        assertThatExceptionOfType(SmsDeliveryException.class)
                .isThrownBy(() -> sender("+61491570006", null).send("+61412345678", TEXT))
                .satisfies(e -> assertThat(e.code()).isEqualTo("21211"))
                .withMessageContaining("HTTP 400")
                .withMessageContaining("21211")
                .withMessageContaining("is not a valid phone number")
                .withMessageNotContaining("042917");
    }

    @Test
    void keepsTheMessageTextOutEvenWhenTwilioEchoesIt() {
        twilio.answer(400, "{\"code\": 30003, \"message\": \"Could not deliver '" + TEXT + "'\"}");

        assertThatExceptionOfType(SmsDeliveryException.class)
                .isThrownBy(() -> sender("+61491570006", null).send("+61412345678", TEXT))
                .withMessageContaining("30003")
                .withMessageNotContaining("042917");
    }

    @Test
    void reportsTheStatusWhenTheErrorBodyIsNotTwilios() {
        twilio.answer(502, "<html>Bad gateway</html>");

        assertThatExceptionOfType(SmsDeliveryException.class)
                .isThrownBy(() -> sender("+61491570006", null).send("+61412345678", TEXT))
                .satisfies(e -> assertThat(e.code()).isEqualTo("http-502"));
    }

    @Test
    void givesUpWhenTwilioDoesNotAnswerWithinTheReadTimeout() {
        twilio.neverAnswer();

        assertThatExceptionOfType(SmsDeliveryException.class)
                .isThrownBy(() -> sender("+61491570006", null).send("+61412345678", TEXT))
                .satisfies(e -> assertThat(e.code()).isEqualTo(SmsDeliveryException.TIMEOUT))
                .withMessageNotContaining("042917");
    }

    @Test
    void reportsAnUnreachableTwilio() {
        String closedPort = twilio.baseUrl();
        twilio.close();

        var unreachable = new TwilioSmsSender(twilio(closedPort, "+61491570006", null));

        assertThatExceptionOfType(SmsDeliveryException.class)
                .isThrownBy(() -> unreachable.send("+61412345678", TEXT))
                .satisfies(e -> assertThat(e.code()).isEqualTo(SmsDeliveryException.UNREACHABLE));
    }

    private TwilioSmsSender sender(String fromNumber, String messagingServiceSid) {
        return new TwilioSmsSender(twilio(twilio.baseUrl(), fromNumber, messagingServiceSid));
    }

    private static SmsProperties.Twilio twilio(String baseUrl, String fromNumber, String messagingServiceSid) {
        return new SmsProperties.Twilio(baseUrl, ACCOUNT, TOKEN, fromNumber, messagingServiceSid,
                Duration.ofSeconds(2), Duration.ofMillis(300));
    }
}
