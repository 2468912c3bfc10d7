package dev.foyer.identity.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SmsConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(SmsConfiguration.class);

    @Test
    void aFreshInstallLogsInsteadOfSending() {
        contexts.run(context -> assertThat(context).getBean(SmsSender.class).isInstanceOf(LogSmsSender.class));
    }

    @Test
    void aCompleteTwilioAccountSelectsTwilio() {
        contexts.withPropertyValues(
                        "foyer.identity.sms.provider=twilio",
                        "foyer.identity.sms.twilio.account-sid=AC00000000000000000000000000000001",
                        "foyer.identity.sms.twilio.auth-token=secret",
                        "foyer.identity.sms.twilio.messaging-service-sid=MG00000000000000000000000000000001")
                .run(context -> assertThat(context).getBean(SmsSender.class).isInstanceOf(TwilioSmsSender.class));
    }

    @Test
    void twilioWithoutAnAuthTokenFailsAtStartNamingTheProperty() {
        contexts.withPropertyValues(
                        "foyer.identity.sms.provider=twilio",
                        "foyer.identity.sms.twilio.account-sid=AC00000000000000000000000000000001",
                        "foyer.identity.sms.twilio.from-number=+61491570006")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessage(
                        "foyer.identity.sms.provider is twilio but foyer.identity.sms.twilio.auth-token is not set"));
    }

    @Test
    void twilioWithNeitherASenderNumberNorAServiceFailsAtStart() {
        contexts.withPropertyValues(
                        "foyer.identity.sms.provider=twilio",
                        "foyer.identity.sms.twilio.account-sid=AC00000000000000000000000000000001",
                        "foyer.identity.sms.twilio.auth-token=secret")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("foyer.identity.sms.twilio.from-number (or messaging-service-sid)")
                        .hasMessageNotContaining("secret"));
    }

    @Test
    void bindsBracketedTestNumbersWithTheirPlus() {
        contexts.withPropertyValues("foyer.identity.sms.test-numbers.[+61491570156]=123456")
                .run(context -> assertThat(context.getBean(SmsProperties.class).testNumbers())
                        .containsExactlyEntriesOf(Map.of("+61491570156", "123456")));
    }

    @Test
    void aTestNumberThatLostItsPlusFailsAtStart() {
        contexts.withPropertyValues("foyer.identity.sms.test-numbers.+61491570157=123456")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("key '61491570157' is not an E.164 number")
                        .hasMessageContaining("in brackets"));
    }

    @Test
    void aTestCodeMustBeSixDigits() {
        contexts.withPropertyValues("foyer.identity.sms.test-numbers.[+61491570156]=1234")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("must be a six-digit code"));
    }
}
