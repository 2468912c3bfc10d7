package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertNamesField;
import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 3 and seed 003: admins manage users, support looks them up, everyone else is kept out. */
@FoyerIntegrationTest
class AdminUsersTest {

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
    void aDisabledUsersAccessTokenStopsAtOnceAndTheirRefreshIsRefused() {
        var admin = signedInAs("admin");
        String subject = "google-" + UUID.randomUUID();
        var target = signIn.google(subject, null);

        var disabled = api.post("/api/admin/users/" + target.userId() + "/disable", "", admin.accessToken());

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("disabled").asBoolean()).isTrue();
        assertProblem(api.get("/api/me", target.accessToken()), 401, "unauthorized");
        assertProblem(refresh(target.refreshToken()), 401, "invalid-credentials");
        var signInAgain = api.post("/api/auth/google",
                Map.of("idToken", FakeProviders.GOOGLE.idToken(subject, null, null, clock.instant())));
        assertProblem(signInAgain, 403, "account-disabled");
    }

    @Test
    void enablingAUserAgainDoesNotReviveTheirOldSessions() {
        var admin = signedInAs("admin");
        String subject = "google-" + UUID.randomUUID();
        var target = signIn.google(subject, null);
        api.post("/api/admin/users/" + target.userId() + "/disable", "", admin.accessToken());

        var enabled = api.post("/api/admin/users/" + target.userId() + "/enable", "", admin.accessToken());

        assertThat(enabled.json().path("disabled").asBoolean()).isFalse();
        assertProblem(api.get("/api/me", target.accessToken()), 401, "unauthorized");
        assertProblem(refresh(target.refreshToken()), 401, "invalid-credentials");
        assertThat(api.get("/api/me", signIn.google(subject, null).accessToken()).status()).isEqualTo(200);
    }

    @Test
    void supportLooksUsersUpButCannotChangeThem() {
        var support = signedInAs("support");
        var target = signIn.newUser();
        String name = "Findable " + UUID.randomUUID();
        api.patch("/api/me", Map.of("fullName", name), target.accessToken());

        var found = api.get("/api/admin/users?q=" + name.replace(" ", "%20"), support.accessToken());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("total").asLong()).isEqualTo(1);
        assertThat(found.json().path("items").get(0).path("id").asString()).isEqualTo(target.userId().toString());
        assertThat(api.get("/api/admin/users/" + target.userId(), support.accessToken()).status()).isEqualTo(200);
        String path = "/api/admin/users/" + target.userId();
        assertProblem(api.patch(path, Map.of("fullName", "Changed"), support.accessToken()), 403, "forbidden");
        assertProblem(api.post(path + "/disable", "", support.accessToken()), 403, "forbidden");
        assertProblem(api.put(path + "/role", Map.of("role", "realtor"), support.accessToken()), 403, "forbidden");
        assertProblem(api.put(path + "/permission", Map.of("permission", "admin"), support.accessToken()), 403,
                "forbidden");
        assertThat(api.get("/api/me", target.accessToken()).json().path("fullName").asString()).isEqualTo(name);
    }

    @Test
    void aPlainUserIsForbiddenFromTheAdminEndpoints() {
        var user = signIn.newUser();
        var other = signIn.newUser();

        assertProblem(api.get("/api/admin/users", user.accessToken()), 403, "forbidden");
        assertProblem(api.get("/api/admin/users/" + other.userId(), user.accessToken()), 403, "forbidden");
        assertProblem(api.post("/api/admin/users/" + other.userId() + "/disable", "", user.accessToken()), 403,
                "forbidden");
        assertThat(api.get("/api/me", other.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void anAdminChangesAnotherUsersProfileAndPermission() {
        var admin = signedInAs("admin");
        var target = signIn.newUser();
        String path = "/api/admin/users/" + target.userId();

        var patched = api.patch(path, Map.of("fullName", "Renamed By Admin"), admin.accessToken());
        var promoted = api.put(path + "/permission", Map.of("permission", "support"), admin.accessToken());

        assertThat(patched.json().path("fullName").asString()).isEqualTo("Renamed By Admin");
        assertThat(promoted.json().path("permission").asString()).isEqualTo("support");
        assertNamesField(api.put(path + "/permission", Map.of("permission", "root"), admin.accessToken()), 400,
                "permission");
    }

    @Test
    void anUnknownUserIdIs404AndAMalformedOneIs400NamingId() {
        var admin = signedInAs("admin");
        String unknown = "/api/admin/users/" + UUID.randomUUID();

        assertProblem(api.get(unknown, admin.accessToken()), 404, "not-found");
        assertProblem(api.patch(unknown, Map.of("fullName", "Nobody"), admin.accessToken()), 404, "not-found");
        assertProblem(api.put(unknown + "/role", Map.of("role", "realtor"), admin.accessToken()), 404, "not-found");
        assertProblem(api.put(unknown + "/permission", Map.of("permission", "user"), admin.accessToken()), 404,
                "not-found");
        assertProblem(api.post(unknown + "/disable", "", admin.accessToken()), 404, "not-found");
        assertNamesField(api.get("/api/admin/users/not-a-uuid", admin.accessToken()), 400, "id");
    }

    /** A new user whose profile an admin has given this permission level; their token carries it at once. */
    private SignIn.Session signedInAs(String permission) {
        var session = signIn.newUser();
        users.runAs(new ActingUser(session.userId(), "admin"), () -> jdbc.sql("""
                update profiles set role = :permission::profile_role where id = :id
                """).param("permission", permission).param("id", session.userId()).update());
        return session;
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }
}
