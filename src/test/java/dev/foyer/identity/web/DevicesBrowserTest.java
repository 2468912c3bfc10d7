package dev.foyer.identity.web;

import dev.foyer.identity.OtpWindows;
import static dev.foyer.identity.web.SignInSteps.path;
import static dev.foyer.identity.web.SignInSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.identity.TestPhones;
import dev.foyer.web.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class DevicesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void anonymous() {
        api = new ApiClient(port);
        SignInSteps.asAnonymousVisitor(browser);
        OtpWindows.startAFreshAddressWindow();
    }

    @Test
    void theDevicesPageMarksThisDeviceAndEndsAnotherOne() {
        String phone = TestPhones.next();
        SignInSteps.signIn(browser, phone);

        browser.open("/devices");

        assertThat(devices()).hasSize(1);
        assertThat(browser.find(".device-current .device-name span").getText()).isEqualTo("Chrome on Linux");
        assertThat(browser.find(".device-current .badge").getText()).isEqualTo("This device");
        assertThat(browser.find(".device-current time").getDomAttribute("datetime")).isNotBlank();

        String apiToken = signInThroughTheApi(phone, "Test script");
        browser.open("/devices");

        assertThat(devices()).extracting(row -> row.findElement(By.cssSelector(".device-name span")).getText())
                .as("this device first").containsExactly("Chrome on Linux", "Test script");
        submit(browser, ".device:not(.device-current) button[type=submit]");

        assertThat(path(browser)).isEqualTo("/devices");
        assertThat(browser.find(".form-status").getText()).isEqualTo("Signed out of 1 device.");
        assertThat(devices()).hasSize(1);
        assertThat(browser.findAll(".device-current")).hasSize(1);
        assertThat(api.get("/api/me", apiToken).status()).as("the ended session's token").isEqualTo(401);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void signOutEverywhereElseLeavesOnlyThisDevice() {
        String phone = TestPhones.next();
        SignInSteps.signIn(browser, phone);
        signInThroughTheApi(phone, "Laptop");
        signInThroughTheApi(phone, "Tablet");
        browser.open("/devices");
        assertThat(devices()).hasSize(3);

        submit(browser, ".end-others button");

        assertThat(browser.find(".form-status").getText()).isEqualTo("Signed out of 2 devices.");
        assertThat(devices()).hasSize(1);
        assertThat(browser.findAll(".end-others")).isEmpty();
    }

    @Test
    void signingOutReturnsToAnonymousAndTheDevicesPageAsksToSignInAgain() {
        SignInSteps.signIn(browser, TestPhones.next());
        browser.open("/");

        submit(browser, "#site-nav .nav-button");

        assertThat(path(browser)).isEqualTo("/");
        assertThat(browser.findAll("#site-nav a[href='/sign-in']")).hasSize(1);
        assertThat(browser.findAll("#site-nav a[href='/devices']")).isEmpty();
        browser.open("/devices");
        assertThat(path(browser)).isEqualTo("/sign-in");
    }

    @Test
    void endingThisDeviceSignsOut() {
        SignInSteps.signIn(browser, TestPhones.next());
        browser.open("/devices");

        submit(browser, ".device-current button[type=submit]");

        assertThat(path(browser)).isEqualTo("/");
        browser.open("/devices");
        assertThat(path(browser)).isEqualTo("/sign-in");
    }

    /** A second session for the same phone, as a script would make it; answers its access token. */
    private String signInThroughTheApi(String phone, String deviceName) {
        // The phone was sent a code moments ago; the resend throttle wants a minute between codes.
        clock.advance(Duration.ofSeconds(61));
        assertThat(api.post("/api/auth/otp", Map.of("phone", phone)).status()).isEqualTo(202);
        var signedIn = api.post("/api/auth/otp/verify",
                Map.of("phone", phone, "code", FakeProviders.lastCode(phone), "deviceName", deviceName));
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn.text("accessToken");
    }

    private static List<WebElement> devices() {
        return browser.findAll(".device");
    }
}
