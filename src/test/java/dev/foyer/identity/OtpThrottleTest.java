package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3's throttles on sending codes: a minute between codes to one phone, five an hour, thirty per
 * client address in five minutes. Every test request comes from 127.0.0.1, so each test starts and
 * ends by letting the address window pass: what one test spends, no other test pays for.
 */
@FoyerIntegrationTest
class OtpThrottleTest {

    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5).plusSeconds(1);

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void freshAddressWindow() {
        api = new ApiClient(port);
        clock.advance(ADDRESS_WINDOW);
    }

    @AfterEach
    void releaseTheAddress() {
        clock.advance(ADDRESS_WINDOW);
    }

    @Test
    void aSecondCodeWithinAMinuteIs429UntilTheMinuteHasPassed() {
        String phone = TestPhones.next();
        assertThat(send(phone).status()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(20));

        var tooSoon = send(phone);

        assertProblem(tooSoon, 429, "too-many-requests");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(39L, 41L);
        assertThat(FakeProviders.messagesTo(phone)).hasSize(1);

        clock.advance(Duration.ofSeconds(41));

        assertThat(send(phone).status()).isEqualTo(202);
        assertThat(FakeProviders.messagesTo(phone)).hasSize(2);
    }

    @Test
    void theSixthCodeToOnePhoneInAnHourIs429() {
        String phone = TestPhones.next();
        for (int i = 0; i < 5; i++) {
            assertThat(send(phone).status()).as("code %d", i + 1).isEqualTo(202);
            clock.advance(Duration.ofSeconds(61));
        }

        var sixth = send(phone);

        assertProblem(sixth, 429, "too-many-requests");
        // The first code leaves the hour 3600 s after it was sent, and 5 x 61 s have passed.
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(3600L - 305 - 1, 3600L - 305 + 1);
        assertThat(FakeProviders.messagesTo(phone)).hasSize(5);
    }

    @Test
    void theThirtyFirstCodeFromOneAddressInFiveMinutesIs429() {
        for (int i = 0; i < 30; i++) {
            assertThat(send(TestPhones.next()).status()).as("code %d", i + 1).isEqualTo(202);
        }
        String thirtyFirst = TestPhones.next();

        var refused = send(thirtyFirst);

        assertProblem(refused, 429, "too-many-requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 301L);
        assertThat(FakeProviders.messagesTo(thirtyFirst)).isEmpty();
    }

    @Test
    void aForgedForwardedForHeaderDoesNotEscapeTheAddressLimit() {
        for (int i = 0; i < 30; i++) {
            assertThat(send(TestPhones.next()).status()).as("code %d", i + 1).isEqualTo(202);
        }
        String phone = TestPhones.next();

        var forged = api.postWithHeaders("/api/auth/otp", Map.of("phone", phone), Map.of("X-Forwarded-For", "203.0.113.7"));

        assertProblem(forged, 429, "too-many-requests");
        assertThat(FakeProviders.messagesTo(phone)).isEmpty();
    }

    private ApiClient.Response send(String phone) {
        return api.post("/api/auth/otp", Map.of("phone", phone));
    }
}
