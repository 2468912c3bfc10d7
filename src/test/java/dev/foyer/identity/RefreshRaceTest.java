package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 3: fifty clients refreshing one token at once get exactly one new pair between them. */
@FoyerIntegrationTest
class RefreshRaceTest {

    static final int CLIENTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyConcurrentRefreshesOfOneTokenHaveExactlyOneWinner() throws Exception {
        var api = new ApiClient(port);
        var session = new SignIn(api, clock).newUser();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<ApiClient.Response> answers = new ArrayList<>();
        try {
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient(port).post("/api/auth/refresh", Map.of("refreshToken", session.refreshToken()));
                }));
            }
            start.countDown();
            for (var future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(ApiClient.Response::status).filteredOn(s -> s >= 500).isEmpty();
        var winners = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(answers).extracting(ApiClient.Response::status).filteredOn(s -> s != 200)
                .hasSize(CLIENTS - 1).containsOnly(401);
        assertThat(refreshTokensOf(session.userId())).isEqualTo(1);
        var next = api.post("/api/auth/refresh", Map.of("refreshToken", winners.get(0).text("refreshToken")));
        assertThat(next.status()).isEqualTo(200);
        assertThat(api.get("/api/me", next.text("accessToken")).status()).isEqualTo(200);
    }

    /** The user's live sessions, each holding one current refresh token. */
    private long refreshTokensOf(UUID userId) {
        return users.inTransactionAs(ActingUser.of(userId), () -> jdbc.sql("""
                select count(*) from user_refresh_tokens where user_id = :userId and expires_at > now()
                """).param("userId", userId).query(Long.class).single());
    }
}
