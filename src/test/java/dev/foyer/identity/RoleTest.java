package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertNamesField;
import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 3 and seed 001: the account type is chosen once after sign-up, never admin. */
@FoyerIntegrationTest
class RoleTest {

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
    void aNewUserIsToldToChooseARole() {
        var me = api.get("/api/me", signIn.newUser().accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roleRequired").asBoolean()).isTrue();
        assertThat(me.json().path("role").isNull()).isTrue();
    }

    @Test
    void adminCannotBeChosen() {
        var user = signIn.newUser();

        assertNamesField(chooseRole(user.accessToken(), "admin"), 400, "role");
        assertThat(api.get("/api/me", user.accessToken()).json().path("roleRequired").asBoolean()).isTrue();
    }

    @Test
    void anUnknownOrMissingRoleIs400NamingRole() {
        var user = signIn.newUser();

        assertNamesField(chooseRole(user.accessToken(), "landlord"), 400, "role");
        assertNamesField(api.put("/api/me/role", Map.of(), user.accessToken()), 400, "role");
    }

    @Test
    void aRoleIsChosenOnceAndASecondChoiceIs409() {
        var user = signIn.newUser();

        var chosen = chooseRole(user.accessToken(), "realtor");
        var again = chooseRole(chosen.text("accessToken"), "client");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().path("user").path("role").asString()).isEqualTo("realtor");
        assertThat(chosen.json().path("user").path("roleRequired").asBoolean()).isFalse();
        assertNamesField(again, 409, "role");
        assertThat(api.get("/api/me", chosen.text("accessToken")).json().path("role").asString()).isEqualTo("realtor");
    }

    @Test
    void afterChoosingTheOldAccessTokenIs401AndTheReturnedOneWorks() {
        var user = signIn.newUser();

        var chosen = chooseRole(user.accessToken(), "creator");

        assertThat(chosen.json().path("expiresIn").asLong()).isEqualTo(900);
        assertProblem(api.get("/api/me", user.accessToken()), 401, "unauthorized");
        var me = api.get("/api/me", chosen.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("role").asString()).isEqualTo("creator");
    }

    @Test
    void aRefreshAfterChoosingCarriesTheNewRole() {
        var user = signIn.newUser();
        chooseRole(user.accessToken(), "agency");

        var refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", user.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(api.get("/api/me", refreshed.text("accessToken")).json().path("role").asString()).isEqualTo("agency");
    }

    private ApiClient.Response chooseRole(String accessToken, String role) {
        return api.put("/api/me/role", Map.of("role", role), accessToken);
    }
}
