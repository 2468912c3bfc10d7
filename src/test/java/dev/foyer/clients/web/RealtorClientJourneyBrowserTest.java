package dev.foyer.clients.web;

import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.clients.documents.SampleFiles;
import dev.foyer.identity.OtpWindows;
import dev.foyer.identity.TestPhones;
import dev.foyer.web.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5's whole story, in Chromium, through the pages only: a realtor invites a phone; its owner
 * signs in, accepts, fills in the form and uploads a PDF; the realtor sees the document and makes a
 * share link that leaves out date of birth and income; a landlord in a browser of their own opens
 * it and sees the profile and the document; the realtor revokes the link and the landlord's page
 * then says it is no longer valid, with status 410; the client sees that their profile was opened.
 */
@FoyerIntegrationTest
class RealtorClientJourneyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Another browser profile: no cookie, no session, nothing shared with the realtor's. */
    @RegisterExtension
    static final Browser landlord = new Browser();

    @LocalServerPort
    int port;

    ClientSteps steps;

    @BeforeEach
    void setUp() {
        OtpWindows.startAFreshAddressWindow();
        steps = new ClientSteps(browser, new ApiClient(port));
    }

    @Test
    void aRealtorInvitesTheClientFillsInAndUploadsAndALandlordSeesTheLinkUntilItIsRevoked() throws Exception {
        String phone = TestPhones.next();
        steps.signInAsRealtor();
        steps.invite(phone);

        steps.signInWithPhone(phone);
        browser.open("/invitations");
        browser.submit(".invitation-accept");
        assertThat(path(browser)).startsWith("/onboardings/");
        String onboardingPath = path(browser);
        steps.type("currentCity", "Halifax");
        steps.choose("currentProvince", "NS");
        steps.type("currentPostalCode", "b3h 1a1");
        steps.date("dateOfBirth", "1988-02-29");
        steps.type("monthlyIncome", "6100");
        steps.type("employerName", "Harbour Analytics");
        uploadPdf("Pay stub");

        steps.signInAsRealtor();
        browser.open("/clients");
        browser.submit("tr.client-row[data-phone='" + phone + "'] a.client-name");
        until(browser, driver -> !driver.findElements(By.cssSelector("#documents .document-row")).isEmpty());
        assertThat(browser.find("#documents .document-row").getText()).contains("Pay stub");
        String url = createLinkWithoutDateOfBirthAndIncome();

        landlord.driver().get(url);
        String profile = landlord.find("main").getText();
        assertThat(profile).contains("Halifax", "B3H 1A1", "Harbour Analytics", "Pay stub")
                .doesNotContain("1988", "6,100", "6100");
        assertThat(landlord.consoleErrors()).isEmpty();

        browser.find(".share-link[data-status=live] button.button-danger").click();
        until(browser, ExpectedConditions.alertIsPresent()).accept();
        until(browser, driver -> !driver.findElements(By.cssSelector(".share-link[data-status=revoked]")).isEmpty());

        landlord.driver().navigate().refresh();
        assertThat(landlord.find("h1").getText()).isEqualTo("This link is no longer valid");
        assertThat(landlord.find(".error-status").getText()).isEqualTo("410");
        assertThat(landlord.find("main").getText()).doesNotContain("Halifax", "Pay stub");

        MutableClock.SHARED.advance(Duration.ofSeconds(61));
        steps.signInWithPhone(phone);
        browser.open(onboardingPath);
        var link = until(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#shared-profile .share-link")));
        assertThat(link.getText()).as("the client sees who opened their profile").contains("Revoked", "Opened once");
        assertThat(browser.findAll("#shared-profile form")).as("only the realtor revokes").isEmpty();
    }

    private void uploadPdf(String title) throws Exception {
        Path pdf = Files.createTempFile("paystub", ".pdf");
        try {
            Files.write(pdf, SampleFiles.pdf(200_000));
            until(browser, driver -> !driver.findElements(By.id("document-title")).isEmpty());
            browser.find("#document-title").sendKeys(title);
            browser.find("#document-file").sendKeys(pdf.toAbsolutePath().toString());
            browser.find(".document-upload button[type=submit]").click();
            until(browser, driver -> !driver.findElements(By.cssSelector(".document-row")).isEmpty());
        } finally {
            Files.delete(pdf);
        }
    }

    private String createLinkWithoutDateOfBirthAndIncome() {
        until(browser, driver -> !driver.findElements(By.cssSelector(".share-link-form")).isEmpty());
        browser.find("input[name=sections][value=date_of_birth]").click();
        browser.find("input[name=sections][value=income]").click();
        browser.find(".share-link-form button[type=submit]").click();
        var field = until(browser, ExpectedConditions.visibilityOfElementLocated(By.id("share-link-url")));
        return field.getDomProperty("value");
    }
}
