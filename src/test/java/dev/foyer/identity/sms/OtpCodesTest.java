package dev.foyer.identity.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OtpCodesTest {

    private static final SmsProperties DEMO = properties(Map.of("+61491570156", "123456"));

    @Test
    void codesAreSixDigits() {
        var codes = new OtpCodes(properties(Map.of()));

        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.newCode("+61412345678")).matches("\\d{6}");
        }
    }

    @Test
    void smallCodesKeepTheirLeadingZeros() {
        var codes = new OtpCodes(properties(Map.of()), new FixedRandom(42));

        assertThat(codes.newCode("+61412345678")).isEqualTo("000042");
    }

    @Test
    void codesDifferFromOneRequestToTheNext() {
        var codes = new OtpCodes(properties(Map.of()));
        var seen = new HashSet<String>();

        for (int i = 0; i < 100; i++) {
            seen.add(codes.newCode("+61412345678"));
        }

        // 100 draws from a million repeat a code with odds of about 1 in 200; 90 distinct never fails by chance.
        assertThat(seen).hasSizeGreaterThan(90);
    }

    @Test
    void aTestNumberGetsItsFixedCode() {
        var codes = new OtpCodes(DEMO);

        assertThat(codes.newCode("+61491570156")).isEqualTo("123456");
        assertThat(codes.newCode("+61491570156")).isEqualTo("123456");
        assertThat(codes.isTestNumber("+61491570156")).isTrue();
    }

    @Test
    void otherNumbersDoNotGetTheFixedCode() {
        var codes = new OtpCodes(DEMO, new FixedRandom(654_321));

        assertThat(codes.newCode("+61412345678")).isEqualTo("654321");
        assertThat(codes.isTestNumber("+61412345678")).isFalse();
    }

    private static SmsProperties properties(Map<String, String> testNumbers) {
        return new SmsProperties(SmsProperties.Provider.LOG, null, testNumbers);
    }

    /** Returns one value, so a test can tell a drawn code from a fixed one without relying on luck. */
    private static final class FixedRandom extends Random {

        private final int value;

        FixedRandom(int value) {
            this.value = value;
        }

        @Override
        public int nextInt(int bound) {
            return value;
        }
    }
}
