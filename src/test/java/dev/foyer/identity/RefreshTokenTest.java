package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3: every refresh rotates the refresh token. A rotated token presented again within 10 s is
 * the client racing itself and is only refused; after that it is a replay, and the session ends.
 */
@FoyerIntegrationTest
class RefreshTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    SignIn signIn;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        signIn = new SignIn(api, clock);
    }

    @Test
    void aRefreshHandsOutNewTokensAndTheOldRefreshTokenIsThenRefused() {
        var session = signIn.newUser();

        var refreshed = refresh(session.refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("refreshToken")).isNotBlank().isNotEqualTo(session.refreshToken());
        assertThat(refreshed.text("tokenType")).isEqualTo("Bearer");
        assertThat(refreshed.json().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(SignIn.sessionId(refreshed.text("accessToken"))).isEqualTo(session.sessionId());
        assertThat(api.get("/api/me", refreshed.text("accessToken")).status()).isEqualTo(200);
        assertProblem(refresh(session.refreshToken()), 401, "invalid-credentials");
    }

    @Test
    void aReplayAfterTheGracePeriodEndsTheWholeSessionAndIsLogged() {
        var session = signIn.newUser();
        var refreshed = refresh(session.refreshToken());
        clock.advance(Duration.ofSeconds(11));

        var replay = refresh(session.refreshToken());

        assertProblem(replay, 401, "invalid-credentials");
        assertProblem(refresh(refreshed.text("refreshToken")), 401, "invalid-credentials");
        assertProblem(api.get("/api/me", refreshed.text("accessToken")), 401, "unauthorized");
        assertProblem(api.get("/api/me", session.accessToken()), 401, "unauthorized");
        assertThat(securityEventsAbout(session.sessionId())).containsExactly("refresh_token_reuse");
    }

    @Test
    void aReplayWithinTheGracePeriodIsRefusedButTheSessionLives() {
        var session = signIn.newUser();
        var refreshed = refresh(session.refreshToken());

        var replay = refresh(session.refreshToken());

        assertProblem(replay, 401, "invalid-credentials");
        assertThat(api.get("/api/me", refreshed.text("accessToken")).status()).isEqualTo(200);
        assertThat(refresh(refreshed.text("refreshToken")).status()).isEqualTo(200);
        assertThat(securityEventsAbout(session.sessionId())).isEmpty();
    }

    @Test
    void anUnknownOrMissingRefreshTokenIsRefused() {
        assertProblem(refresh("never-issued"), 401, "invalid-credentials");
        assertThat(api.post("/api/auth/refresh", Map.of()).errorFields()).containsExactly("refreshToken");
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    /** Read as an admin: only admins see system_logs. */
    private List<String> securityEventsAbout(UUID sessionId) {
        return users.inTransactionAs(new ActingUser(UUID.randomUUID(), "admin"), () -> jdbc.sql("""
                select details ->> 'event' from system_logs
                 where source = 'identity' and details ->> 'session_id' = :sessionId
                """).param("sessionId", sessionId.toString()).query(String.class).list());
    }
}
