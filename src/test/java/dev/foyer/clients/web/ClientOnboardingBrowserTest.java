package dev.foyer.clients.web;

import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.identity.OtpWindows;
import dev.foyer.identity.TestPhones;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
    ClientSteps steps;

    @BeforeEach
    void setUp() {
        OtpWindows.startAFreshAddressWindow();
        api = new ApiClient(port);
        steps = new ClientSteps(browser, api);
    }

    @Test
    void aRealtorInvitesAClientWhoAcceptsFillsInAndSubmits() {
        String phone = TestPhones.next();
        steps.signInAsRealtor();
        steps.invite(phone);
        assertThat(browser.find(".form-status").getText()).contains("Invitation sent");
        assertThat(browser.find("tr.client-row[data-phone='" + phone + "'] .client-status").getText()).isEqualTo("Invited");

        steps.signInWithPhone(phone);
        browser.open("/invitations");
        assertThat(browser.find(".invitation-realtor").getText()).contains("Rita Realtor");
        browser.submit(".invitation-accept");
        assertThat(path(browser)).startsWith("/onboardings/");
        String onboardingPath = path(browser);

        browser.phone();
        browser.open(onboardingPath);
        steps.type("currentCity", "Toronto");
        steps.choose("currentProvince", "ON");
        steps.type("currentPostalCode", "m5v2t6");
        steps.type("monthlyIncome", "4500.50");
        assertThat(until(browser, driver -> browser.find("#field-monthlyIncome .field-error")).getText())
                .contains("whole dollars");
        steps.type("monthlyIncome", "4500");
        assertThat(horizontalOverflow()).as("the form fits a 375 px screen").isFalse();

        browser.open(onboardingPath);
        assertThat(steps.value("currentCity")).isEqualTo("Toronto");
        assertThat(steps.value("currentPostalCode")).isEqualTo("M5V 2T6");
        assertThat(steps.value("currentProvince")).isEqualTo("ON");
        assertThat(steps.value("monthlyIncome")).isEqualTo("4500");
        browser.script("document.getElementById('jobTitle').value = 'Analyst'");
        browser.submit(".onboarding-save");
        assertThat(browser.find(".form-status").getText()).isEqualTo("Saved.");
        assertThat(steps.value("jobTitle")).as("the Save button sends every field, without JavaScript too").isEqualTo("Analyst");

        browser.submit(".onboarding-submit");
        assertThat(browser.find(".form-error").getText()).contains("Fill in");
        assertThat(browser.find("#field-phone .field-error").getText()).contains("required");
        steps.type("phone", "+1 416 555 0142");
        steps.date("dateOfBirth", "1990-04-21");
        steps.type("currentAddress", "100 Queen St W");
        steps.type("emergencyContactName", "Sam Lee");
        steps.type("emergencyContactPhone", "+1 416 555 0199");
        steps.type("numberOfOccupants", "2");
        steps.type("hasPets", "no");
        browser.submit(".onboarding-submit");
        assertThat(browser.find(".onboarding-submitted").getText()).contains("Submitted");
        browser.desktop();

        steps.signInAsRealtor();
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
        steps.signInAsRealtor();
        steps.invite(phone);
        steps.signInWithPhone(phone);
        browser.open("/invitations");
        browser.submit(".invitation-accept");

        steps.signInAsRealtor();
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
        api.post("/api/clients", Map.of("phone", wanted, "email", "wanted@example.com"), steps.realtorToken());
        api.post("/api/clients", Map.of("phone", TestPhones.next(), "email", "other@example.com"), steps.realtorToken());
        steps.signInAsRealtor();
        browser.open("/clients");
        assertThat(browser.findAll("tr.client-row")).hasSize(2);
        CrmUser.markPage(browser);

        browser.find("#client-search").sendKeys("wanted@");

        until(browser, driver -> browser.findAll("tr.client-row").size() == 1);
        assertThat(browser.find("tr.client-row").getDomAttribute("data-phone")).isEqualTo(wanted);
        assertThat(CrmUser.samePage(browser)).isTrue();
    }

    private boolean horizontalOverflow() {
        return Boolean.TRUE.equals(browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }
}
