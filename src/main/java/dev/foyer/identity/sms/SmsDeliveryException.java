package dev.foyer.identity.sms;

/**
 * An SMS was not accepted for delivery. The message says why for the operator's log and never
 * holds the SMS text, which carries a sign-in code.
 */
public class SmsDeliveryException extends RuntimeException {

    /** The provider did not answer within the configured read timeout. */
    public static final String TIMEOUT = "timeout";

    /** The provider could not be reached, or the connection broke. */
    public static final String UNREACHABLE = "unreachable";

    private final String code;

    SmsDeliveryException(String code, String message) {
        super(message);
        this.code = code;
    }

    SmsDeliveryException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /**
     * Why delivery failed: the provider's own error code (Twilio's {@code 21211} for a number it
     * cannot send to), {@code http-<status>} when the provider gave none, or {@link #TIMEOUT} or
     * {@link #UNREACHABLE}.
     */
    public String code() {
        return code;
    }
}
