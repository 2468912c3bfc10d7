package dev.foyer.identity.sms;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in codes reach the user. Checked when bound, so a Twilio set-up with a missing value
 * stops the server at start-up rather than at the first sign-in.
 *
 * @param provider    {@code log} (the default: codes go to the server log, nothing is sent) or
 *                    {@code twilio}
 * @param twilio      the Twilio account, used when {@code provider} is {@code twilio}
 * @param testNumbers E.164 phone → fixed six-digit code, for demos; empty by default. Keys must be
 *                    bracketed, {@code test-numbers.[+61491570156]=123456}, or the binder drops the
 *                    {@code +}; and valid numbers, or sign-in rejects them before a code is drawn
 */
@ConfigurationProperties("foyer.identity.sms")
public record SmsProperties(
        @DefaultValue("log") Provider provider,
        @DefaultValue Twilio twilio,
        Map<String, String> testNumbers) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public SmsProperties {
        testNumbers = testNumbers == null ? Map.of() : Map.copyOf(testNumbers);
        testNumbers.forEach(SmsProperties::checkTestNumber);
        if (provider == Provider.TWILIO) {
            twilio.checkComplete();
        }
    }

    private static void checkTestNumber(String phone, String code) {
        if (!E164.matcher(phone).matches()) {
            throw new IllegalArgumentException("foyer.identity.sms.test-numbers key '" + phone
                    + "' is not an E.164 number; write the key in brackets, [+61491570156], so the + is kept");
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "foyer.identity.sms.test-numbers." + phone + " must be a six-digit code");
        }
    }

    public enum Provider {
        LOG, TWILIO
    }

    /**
     * A Twilio account. Messages go from {@code messagingServiceSid} when it is set, otherwise
     * from {@code fromNumber}.
     *
     * @param baseUrl             the API's address; tests point it at a local server
     * @param accountSid          the account, {@code AC…}; also the Basic auth user
     * @param authToken           the account's auth token; never logged
     * @param fromNumber          the sending number in E.164
     * @param messagingServiceSid the sending Messaging Service, {@code MG…}
     * @param connectTimeout      how long to wait for a connection
     * @param readTimeout         how long to wait for Twilio's answer
     */
    public record Twilio(
            @DefaultValue("https://api.twilio.com") String baseUrl,
            String accountSid,
            String authToken,
            String fromNumber,
            String messagingServiceSid,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout) {

        boolean usesMessagingService() {
            return isSet(messagingServiceSid);
        }

        private void checkComplete() {
            require(accountSid, "account-sid");
            require(authToken, "auth-token");
            require(baseUrl, "base-url");
            if (!isSet(fromNumber) && !usesMessagingService()) {
                throw notSet("from-number (or messaging-service-sid)");
            }
        }

        private static void require(String value, String property) {
            if (!isSet(value)) {
                throw notSet(property);
            }
        }

        private static IllegalStateException notSet(String property) {
            return new IllegalStateException(
                    "foyer.identity.sms.provider is twilio but foyer.identity.sms.twilio." + property + " is not set");
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }

        /** Keeps the auth token out of logs and failure reports that print the properties. */
        @Override
        public String toString() {
            return "Twilio[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", authToken="
                    + (isSet(authToken) ? "******" : "<unset>") + ", fromNumber=" + fromNumber
                    + ", messagingServiceSid=" + messagingServiceSid + "]";
        }
    }
}
