package dev.foyer.identity.sms;

import java.security.SecureRandom;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Draws sign-in codes: six digits, or the fixed code of a configured test number. */
@Component
public class OtpCodes {

    private static final Logger log = LoggerFactory.getLogger(OtpCodes.class);
    private static final int CODES = 1_000_000;

    private final Map<String, String> testNumbers;
    private final RandomGenerator random;

    @Autowired
    public OtpCodes(SmsProperties properties) {
        // One instance: seeding a SecureRandom per code costs entropy and time and adds nothing.
        this(properties, new SecureRandom());
    }

    OtpCodes(SmsProperties properties, RandomGenerator random) {
        this.testNumbers = properties.testNumbers();
        this.random = random;
        if (!testNumbers.isEmpty()) {
            // Anyone who knows a test number can sign in as it; this must not go unnoticed in production.
            log.warn("{} test phone number(s) sign in with a fixed code (foyer.identity.sms.test-numbers)",
                    testNumbers.size());
        }
    }

    /** A code for {@code e164Phone}: uniform over 000000–999999, leading zeros kept. */
    public String newCode(String e164Phone) {
        String fixed = testNumbers.get(e164Phone);
        return fixed != null ? fixed : "%06d".formatted(random.nextInt(CODES));
    }

    /**
     * Whether {@code e164Phone} is a configured test number, whose code is fixed and known: the OTP
     * flow need not text it, and the number may well belong to someone else.
     */
    public boolean isTestNumber(String e164Phone) {
        return testNumbers.containsKey(e164Phone);
    }
}
