package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertNamesField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 3: a user edits their own name, email and avatar, and nothing else, through PATCH /api/me. */
@FoyerIntegrationTest
class ProfileTest {

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
    void aUserChangesNameEmailAndAvatar() {
        var user = signIn.newUser();
        String email = "Jo." + UUID.randomUUID() + "@Example.com";

        var patched = api.patch("/api/me", Map.of("fullName", "Jo Realtor", "email", email,
                "avatarUrl", "https://cdn.example.com/jo.png"), user.accessToken());

        assertThat(patched.status()).isEqualTo(200);
        var me = api.get("/api/me", user.accessToken()).json();
        assertThat(me.path("fullName").asString()).isEqualTo("Jo Realtor");
        assertThat(me.path("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(me.path("avatarUrl").asString()).isEqualTo("https://cdn.example.com/jo.png");
    }

    @Test
    void aFieldLeftOutStaysAndAnEmptyOneIsCleared() {
        var user = signIn.newUser();
        api.patch("/api/me", Map.of("fullName", "Kept", "avatarUrl", "http://cdn.example.com/a.png"), user.accessToken());

        var patched = api.patch("/api/me", Map.of("avatarUrl", ""), user.accessToken());

        assertThat(patched.json().path("fullName").asString()).isEqualTo("Kept");
        assertThat(patched.json().path("avatarUrl").isNull()).isTrue();
    }

    @Test
    void aBadEmailIs400NamingEmail() {
        var user = signIn.newUser();

        assertNamesField(api.patch("/api/me", Map.of("email", "not-an-email"), user.accessToken()), 400, "email");
    }

    @Test
    void anAvatarThatIsNotHttpIs400NamingAvatarUrl() {
        var user = signIn.newUser();

        assertNamesField(api.patch("/api/me", Map.of("avatarUrl", "javascript:alert(1)"), user.accessToken()), 400,
                "avatarUrl");
        assertNamesField(api.patch("/api/me", Map.of("avatarUrl", "ftp://example.com/a.png"), user.accessToken()), 400,
                "avatarUrl");
    }

    @Test
    void aRoleInTheBodyIs400NamingRole() {
        var user = signIn.newUser();

        assertNamesField(api.patch("/api/me", Map.of("fullName", "Sneaky", "role", "admin"), user.accessToken()), 400,
                "role");
        var me = api.get("/api/me", user.accessToken()).json();
        assertThat(me.path("fullName").asString()).isNotEqualTo("Sneaky");
        assertThat(me.path("roleRequired").asBoolean()).isTrue();
    }

    @Test
    void anEmailTakenByAnotherAccountIs409NamingEmail() {
        var owner = signIn.newUser();
        var other = signIn.newUser();
        String email = "taken." + UUID.randomUUID() + "@example.com";
        assertThat(api.patch("/api/me", Map.of("email", email), owner.accessToken()).status()).isEqualTo(200);

        assertNamesField(api.patch("/api/me", Map.of("email", email.toUpperCase()), other.accessToken()), 409, "email");
        assertThat(api.get("/api/me", other.accessToken()).json().path("email").isNull()).isTrue();
    }
}
