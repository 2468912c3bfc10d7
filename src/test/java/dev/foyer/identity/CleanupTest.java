package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.identity.session.ExpiredRowsCleanup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 001's clean-ups: expired sessions and codes go, live ones stay. */
@FoyerIntegrationTest
class CleanupTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExpiredRowsCleanup cleanup;

    ApiClient api;
    SignIn signIn;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        OtpWindows.startAFreshAddressWindow();
        signIn = new SignIn(api, clock);
    }

    @Test
    void expiredSessionsAreDeletedAndLiveOnesKept() {
        String subject = "google-" + UUID.randomUUID();
        var expired = signIn.google(subject, null);
        var live = signIn.google(subject, null);
        users.runAs(ActingUser.of(expired.userId()), () -> jdbc.sql("""
                update user_refresh_tokens set expires_at = now() - interval '1 minute' where id = :id
                """).param("id", expired.sessionId()).update());

        assertThat(cleanup.run()).isPositive();

        assertThat(sessionIdsOf(expired.userId())).containsExactly(live.sessionId());
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", live.refreshToken())).status()).isEqualTo(200);
    }

    @Test
    void expiredCodesAreDeletedAndLiveOnesKept() {
        String expiredPhone = TestPhones.next();
        String livePhone = TestPhones.next();
        assertThat(api.post("/api/auth/otp", Map.of("phone", expiredPhone)).status()).isEqualTo(202);
        assertThat(api.post("/api/auth/otp", Map.of("phone", livePhone)).status()).isEqualTo(202);
        users.inTransactionAsNobody(() -> jdbc.sql("""
                update phone_otps set expires_at = now() - interval '1 day' where phone_number = :phone
                """).param("phone", expiredPhone).update());

        assertThat(cleanup.run()).isPositive();

        assertThat(codesFor(expiredPhone)).isZero();
        assertThat(codesFor(livePhone)).isOne();
    }

    private java.util.List<UUID> sessionIdsOf(UUID userId) {
        return users.inTransactionAs(ActingUser.of(userId), () -> jdbc.sql(
                "select id from user_refresh_tokens where user_id = :userId").param("userId", userId)
                .query(UUID.class).list());
    }

    private long codesFor(String phone) {
        return users.inTransactionAsNobody(() -> jdbc.sql(
                "select count(*) from phone_otps where phone_number = :phone").param("phone", phone)
                .query(Long.class).single());
    }
}
