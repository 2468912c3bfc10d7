package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class PhoneSignInTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        OtpWindows.startAFreshAddressWindow();
    }

    @Test
    void aNewPhoneSignsUpWithTheCodeItWasSent() {
        String phone = TestPhones.next();

        var sent = api.post("/api/auth/otp", Map.of("phone", phone));
        var signedIn = api.post("/api/auth/otp/verify", Map.of("phone", phone, "code", FakeProviders.lastCode(phone)));

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("expiresIn").asInt()).isEqualTo(300);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.text("accessToken")).isNotBlank();
        assertThat(signedIn.text("refreshToken")).isNotBlank();
        assertThat(signedIn.json().path("expiresIn").asInt()).isEqualTo(900);
        assertThat(signedIn.json().path("user").path("roleRequired").asBoolean()).isTrue();
        var me = api.get("/api/me", signedIn.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("identities").get(0).path("providerId").asString()).isEqualTo(phone);
    }
}
