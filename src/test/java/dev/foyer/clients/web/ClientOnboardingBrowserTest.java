package dev.foyer.clients.web;

import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.identity.OtpWindows;
import dev.foyer.identity.TestPhones;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The realtor-client story in Chromium: a realtor invites a phone, its owner signs in with it,
 * accepts, fills in the form field by field (each saved as it changes, kept across a reload) on a
 * phone-sized screen, and submits; the realtor then sees the progress.
 */
@FoyerIntegrationTest
class ClientOnboardingBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    ApiClient api;
    String realtorSubject;
    String realtorToken;

    @BeforeEach
    void setUp() {
        OtpWindows.startAFreshAddressWindow();
        api = new ApiClient(port);
        realtorSubject = "google-" + UUID.randomUUID();
        var signedUp = api.post("/api/auth/google", Map.of("idToken", idToken(realtorSubject, "Rita Realtor")));
        realtorToken = api.put("/api/me/role", Map.of("role", "realtor"), signedUp.text("accessToken"))
                .text("accessToken");
    }

    @Test
    void aRealtorInvitesAClientWhoAcceptsFillsInAndSubmits() {
        String phone = TestPhones.next();
        signInAsRealtor();
        browser.open("/clients");
        browser.find("#invite-form input[name=phone]").sendKeys(phone);
        browser.submit("#invite-form .invite-submit");
        assertThat(browser.find(".form-status").getText()).contains("Invitation sent");
        assertThat(browser.find("tr.client-row[data-phone='" + phone + "'] .client-status").getText()).isEqualTo("Invited");

        signInWithPhone(phone);
        browser.open("/invitations");
        assertThat(browser.find(".invitation-realtor").getText()).contains("Rita Realtor");
        browser.submit(".invitation-accept");
        assertThat(path(browser)).startsWith("/onboardings/");
        String onboardingPath = path(browser);

        browser.phone();
        browser.open(onboardingPath);
        type("currentCity", "Toronto");
        choose("currentProvince", "ON");
        type("currentPostalCode", "m5v2t6");
        type("monthlyIncome", "4500.50");
        assertThat(until(browser, driver -> browser.find("#field-monthlyIncome .field-error")).getText())
                .contains("whole dollars");
        type("monthlyIncome", "4500");
        assertThat(horizontalOverflow()).as("the form fits a 375 px screen").isFalse();

        browser.open(onboardingPath);
        assertThat(value("currentCity")).isEqualTo("Toronto");
        assertThat(value("currentPostalCode")).isEqualTo("M5V 2T6");
        assertThat(value("currentProvince")).isEqualTo("ON");
        assertThat(value("monthlyIncome")).isEqualTo("4500");
        browser.script("document.getElementById('jobTitle').value = 'Analyst'");
        browser.submit(".onboarding-save");
        assertThat(browser.find(".form-status").getText()).isEqualTo("Saved.");
        assertThat(value("jobTitle")).as("the Save button sends every field, without JavaScript too").isEqualTo("Analyst");

        browser.submit(".onboarding-submit");
        assertThat(browser.find(".form-error").getText()).contains("Fill in");
        assertThat(browser.find("#field-phone .field-error").getText()).contains("required");
        type("phone", "+1 416 555 0142");
        date("dateOfBirth", "1990-04-21");
        type("currentAddress", "100 Queen St W");
        type("emergencyContactName", "Sam Lee");
        type("emergencyContactPhone", "+1 416 555 0199");
        type("numberOfOccupants", "2");
        type("hasPets", "no");
        browser.submit(".onboarding-submit");
        assertThat(browser.find(".onboarding-submitted").getText()).contains("Submitted");
        browser.desktop();

        signInAsRealtor();
        browser.open("/clients");
        var row = browser.find("tr.client-row[data-phone='" + phone + "']");
        assertThat(row.findElement(By.cssSelector(".client-status")).getText()).isEqualTo("Active");
        assertThat(row.findElement(By.cssSelector(".client-progress")).getText()).contains("5 of 6 sections")
                .contains("Submitted");
        browser.submit("tr.client-row[data-phone='" + phone + "'] a.client-name");
        assertThat(browser.find("dd[data-field=currentPostalCode]").getText()).isEqualTo("M5V 2T6");
        assertThat(browser.find("dd[data-field=phone]").getText()).isEqualTo("+14165550142");
    }

    @Test
    void theRealtorRemovesAClientFromTheirPage() {
        String phone = TestPhones.next();
        signInAsRealtor();
        browser.open("/clients");
        browser.find("#invite-form input[name=phone]").sendKeys(phone);
        browser.submit("#invite-form .invite-submit");
        signInWithPhone(phone);
        browser.open("/invitations");
        browser.submit(".invitation-accept");

        signInAsRealtor();
        browser.open("/clients");
        browser.submit("tr.client-row[data-phone='" + phone + "'] a.client-name");
        browser.script("window.confirm = function () { return true; }");
        browser.submit(".client-remove");

        assertThat(path(browser)).isEqualTo("/clients");
        assertThat(browser.find(".form-status").getText()).contains("removed");
        assertThat(browser.findAll("tr.client-row[data-phone='" + phone + "']")).isEmpty();
    }

    @Test
    void typingInTheSearchNarrowsTheListWithoutLeavingThePage() {
        String wanted = TestPhones.next();
        api.post("/api/clients", Map.of("phone", wanted, "email", "wanted@example.com"), realtorToken);
        api.post("/api/clients", Map.of("phone", TestPhones.next(), "email", "other@example.com"), realtorToken);
        signInAsRealtor();
        browser.open("/clients");
        assertThat(browser.findAll("tr.client-row")).hasSize(2);
        CrmUser.markPage(browser);

        browser.find("#client-search").sendKeys("wanted@");

        until(browser, driver -> browser.findAll("tr.client-row").size() == 1);
        assertThat(browser.find("tr.client-row").getDomAttribute("data-phone")).isEqualTo(wanted);
        assertThat(CrmUser.samePage(browser)).isTrue();
    }

    private void signInAsRealtor() {
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.script("document.querySelector('form[data-provider=google] input[name=idToken]').value = arguments[0]",
                idToken(realtorSubject, "Rita Realtor"));
        browser.submit("form[data-provider=google] button[type=submit]");
    }

    private void signInWithPhone(String phone) {
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.find("#phone").sendKeys(phone);
        browser.submit("form[action='/sign-in/code'] button[type=submit]");
        browser.find("#code").sendKeys(FakeProviders.lastCode(phone));
        browser.submit("form[action='/sign-in/verify'] button[type=submit]");
    }

    /** Types into a field and leaves it, as a person would; waits until the field is swapped back saved or refused. */
    private void type(String name, String text) {
        var before = browser.find("#field-" + name);
        var input = browser.find("#" + name);
        // Selects what is there and types over it: clear() would send a change of its own.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        awaitSwap(name, before);
    }

    private void choose(String name, String value) {
        var before = browser.find("#field-" + name);
        browser.script("var select = document.getElementById(arguments[0]); select.value = arguments[1];"
                + "select.dispatchEvent(new Event('change', {bubbles: true}));", name, value);
        awaitSwap(name, before);
    }

    /** Date pickers take typed keys in the browser's locale; setting the value is what a picker does. */
    private void date(String name, String isoDate) {
        choose(name, isoDate);
    }

    /** Waits until htmx has swapped the field for the server's answer: saved, or refused with its error. */
    private void awaitSwap(String name, WebElement before) {
        until(browser, driver -> stale(before)
                && !browser.findAll("#field-" + name + " .field-saved, #field-" + name + " .field-error").isEmpty());
    }

    private static boolean stale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    private String value(String name) {
        return browser.find("#" + name).getDomProperty("value");
    }

    private boolean horizontalOverflow() {
        return Boolean.TRUE.equals(browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }

    private static String idToken(String subject, String name) {
        return FakeProviders.GOOGLE.idToken(subject, null, name, MutableClock.SHARED.instant());
    }
}
