package dev.foyer.identity;

import static dev.foyer.identity.Problems.assertNamesField;
import static dev.foyer.identity.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Issue 3: a user adds and removes ways of signing in, proving each, and never removes the last one. */
@FoyerIntegrationTest
class IdentityLinkTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    SignIn signIn;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        OtpWindows.startAFreshAddressWindow();
        signIn = new SignIn(api, clock);
    }

    @Test
    void aPhoneUserLinksGoogleAndThenSignsInWithItToTheSameAccount() {
        var phoneUser = signIn.phone(TestPhones.next());
        String subject = "google-" + UUID.randomUUID();

        var linked = linkGoogle(phoneUser.accessToken(), subject);
        var byGoogle = signIn.google(subject, null);

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().path("identities")).extracting(i -> i.path("provider").asString())
                .containsExactly("phone", "google");
        assertThat(byGoogle.userId()).isEqualTo(phoneUser.userId());
    }

    @Test
    void aGoogleUserLinksAPhoneWithItsCodeAndThenSignsInWithIt() {
        var googleUser = signIn.newUser();
        String phone = TestPhones.next();
        assertThat(api.post("/api/auth/otp", Map.of("phone", phone)).status()).isEqualTo(202);

        var linked = api.post("/api/me/identities/phone",
                Map.of("phone", phone, "code", FakeProviders.lastCode(phone)), googleUser.accessToken());

        assertThat(linked.status()).as(linked.raw().body()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn.phone(phone).userId()).isEqualTo(googleUser.userId());
    }

    @Test
    void linkingAnIdentityThatBelongsToSomeoneElseIs409() {
        String subject = "google-" + UUID.randomUUID();
        var owner = signIn.google(subject, null);
        var other = signIn.newUser();

        var clash = linkGoogle(other.accessToken(), subject);

        assertProblem(clash, 409, "conflict");
        assertThat(signIn.google(subject, null).userId()).isEqualTo(owner.userId());
        assertThat(identities(other.accessToken())).hasSize(1);
    }

    @Test
    void unlinkingOneOfTwoIdentitiesWorks() {
        var user = signIn.newUser();
        String subject = "google-" + UUID.randomUUID();
        linkGoogle(user.accessToken(), subject);
        UUID linked = identityId(identities(user.accessToken()).get(1));

        var unlinked = api.delete("/api/me/identities/" + linked, user.accessToken());

        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(unlinked.json().path("identities")).hasSize(1);
        assertThat(signIn.google(subject, null).userId()).isNotEqualTo(user.userId());
    }

    @Test
    void unlinkingTheLastIdentityIs409() {
        var user = signIn.newUser();
        UUID only = identityId(identities(user.accessToken()).get(0));

        assertNamesField(api.delete("/api/me/identities/" + only, user.accessToken()), 409, "identity");
        assertThat(identities(user.accessToken())).hasSize(1);
    }

    @Test
    void anotherUsersIdentityIdIs404AndStaysLinked() {
        var owner = signIn.newUser();
        linkGoogle(owner.accessToken(), "google-" + UUID.randomUUID());
        UUID theirs = identityId(identities(owner.accessToken()).get(0));
        var intruder = signIn.newUser();

        assertProblem(api.delete("/api/me/identities/" + theirs, intruder.accessToken()), 404, "not-found");
        assertProblem(api.delete("/api/me/identities/" + UUID.randomUUID(), intruder.accessToken()), 404, "not-found");
        assertThat(identities(owner.accessToken())).hasSize(2);
    }

    @Test
    void aMalformedIdentityIdIs400NamingId() {
        var user = signIn.newUser();

        assertNamesField(api.delete("/api/me/identities/not-a-uuid", user.accessToken()), 400, "id");
    }

    private ApiClient.Response linkGoogle(String accessToken, String subject) {
        return api.post("/api/me/identities/google",
                Map.of("idToken", FakeProviders.GOOGLE.idToken(subject, null, null, clock.instant())), accessToken);
    }

    private JsonNode identities(String accessToken) {
        return api.get("/api/me", accessToken).json().path("identities");
    }

    private static UUID identityId(JsonNode identity) {
        return UUID.fromString(identity.path("id").asString());
    }
}
