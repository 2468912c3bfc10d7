package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertNamesField;
import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 3: a user's device sessions, at most five, each ended at once by the user, logout or the limit. */
@FoyerIntegrationTest
class SessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    SignIn signIn;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        signIn = new SignIn(api, clock);
    }

    @Test
    void theSixthSignInEndsTheOldestSession() {
        String subject = "google-" + UUID.randomUUID();
        List<SignIn.Session> devices = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            devices.add(signIn.google(subject, "device " + i));
        }
        var oldest = devices.get(0);

        assertProblem(api.get("/api/me", oldest.accessToken()), 401, "unauthorized");
        assertProblem(refresh(oldest.refreshToken()), 401, "invalid-credentials");
        var listed = api.get("/api/sessions", devices.get(5).accessToken()).json();
        assertThat(listed).extracting(s -> s.path("deviceInfo").asString())
                .containsExactlyInAnyOrder("device 2", "device 3", "device 4", "device 5", "device 6");
        assertThat(refresh(devices.get(1).refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void theSessionListShowsMyDevicesAndMarksTheCurrentOne() {
        String subject = "google-" + UUID.randomUUID();
        var phone = signIn.google(subject, "Pixel 8");
        var laptop = signIn.google(subject, "Firefox on Linux");
        signIn.newUser();

        var list = api.get("/api/sessions", laptop.accessToken());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(2).allSatisfy(s -> {
            assertThat(s.path("lastUsedAt").asString()).isNotBlank();
            assertThat(s.path("createdAt").asString()).isNotBlank();
        });
        assertThat(list.json()).extracting(s -> s.path("id").asString() + " " + s.path("deviceInfo").asString()
                        + " " + s.path("current").asBoolean())
                .containsExactlyInAnyOrder(phone.sessionId() + " Pixel 8 false", laptop.sessionId() + " Firefox on Linux true");
    }

    @Test
    void endingAnotherUsersSessionIs404AndItKeepsWorking() {
        var victim = signIn.newUser();
        var intruder = signIn.newUser();

        assertProblem(api.delete("/api/sessions/" + victim.sessionId(), intruder.accessToken()), 404, "not-found");
        assertProblem(api.delete("/api/sessions/" + UUID.randomUUID(), intruder.accessToken()), 404, "not-found");
        assertThat(api.get("/api/me", victim.accessToken()).status()).isEqualTo(200);
        assertThat(refresh(victim.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void endingOneOfMySessionsStopsItsTokensAtOnce() {
        String subject = "google-" + UUID.randomUUID();
        var kept = signIn.google(subject, null);
        var ended = signIn.google(subject, null);

        assertThat(api.delete("/api/sessions/" + ended.sessionId(), kept.accessToken()).status()).isEqualTo(204);

        assertProblem(api.get("/api/me", ended.accessToken()), 401, "unauthorized");
        assertProblem(refresh(ended.refreshToken()), 401, "invalid-credentials");
        assertThat(api.get("/api/me", kept.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        var session = signIn.newUser();

        assertThat(api.post("/api/auth/logout", "", session.accessToken()).status()).isEqualTo(204);

        assertProblem(api.get("/api/me", session.accessToken()), 401, "unauthorized");
        assertProblem(refresh(session.refreshToken()), 401, "invalid-credentials");
        assertProblem(api.post("/api/auth/logout", "", null), 401, "unauthorized");
    }

    @Test
    void endingTheOthersKeepsOnlyTheCurrentSession() {
        String subject = "google-" + UUID.randomUUID();
        var first = signIn.google(subject, null);
        var second = signIn.google(subject, null);
        var current = signIn.google(subject, null);

        var ended = api.post("/api/sessions/end-others", "", current.accessToken());

        assertThat(ended.json().path("ended").asInt()).isEqualTo(2);
        assertProblem(api.get("/api/me", first.accessToken()), 401, "unauthorized");
        assertProblem(api.get("/api/me", second.accessToken()), 401, "unauthorized");
        assertProblem(refresh(second.refreshToken()), 401, "invalid-credentials");
        assertThat(api.get("/api/sessions", current.accessToken()).json()).singleElement()
                .satisfies(s -> assertThat(s.path("id").asString()).isEqualTo(current.sessionId().toString()));
    }

    @Test
    void aMalformedSessionIdIs400NamingId() {
        assertNamesField(api.delete("/api/sessions/not-a-uuid", signIn.newUser().accessToken()), 400, "id");
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }
}
