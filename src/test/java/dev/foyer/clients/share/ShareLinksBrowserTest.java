package dev.foyer.clients.share;

import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.documents.ObjectStorage;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the realtor makes a link on the client's share links panel, leaving out date of birth
 * and income; a browser with no Foyer session opens it and sees the client without them; once the
 * realtor revokes it, the same address says the link is no longer valid.
 */
@FoyerIntegrationTest
class ShareLinksBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    SharedClients.Pair pair;

    @BeforeEach
    void signIn() {
        var api = new ApiClient(port);
        var realtor = CrmUser.signIn(browser, api);
        pair = new SharedClients(api, users, jdbc, storage).pairWith(realtor);
    }

    @Test
    void aLandlordSeesOnlyTheChosenSectionsUntilTheRealtorRevokesTheLink() {
        String url = createLinkWithoutDateOfBirthAndIncome();

        browser.driver().manage().deleteAllCookies();
        browser.phone();
        browser.driver().get(url);

        String page = browser.find("main").getText();
        assertThat(browser.find("h1").getText()).isEqualTo(pair.clientName());
        assertThat(page).contains(SharedClients.PHONE, SharedClients.CITY, SharedClients.EMPLOYER)
                .doesNotContain(SharedClients.DATE_OF_BIRTH, SharedClients.MONTHLY_INCOME_SHOWN, "Date of birth",
                        "Monthly income");
        assertThat(browser.findAll(".site-nav")).as("no navigation of the app").isEmpty();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as("fits a phone")
                .isLessThanOrEqualTo(375L);
        assertThat(browser.consoleErrors()).isEmpty();

        String linkId = pair.realtor().get("/api/share-links").json().path("items").get(0).path("id").asString();
        assertThat(pair.realtor().delete("/api/share-links/" + linkId).status()).isEqualTo(204);
        browser.driver().navigate().refresh();

        assertThat(browser.find("h1").getText()).isEqualTo("This link is no longer valid");
        assertThat(browser.find(".error-status").getText()).isEqualTo("410");
        assertThat(browser.find("main").getText()).doesNotContain(pair.clientName());
    }

    @Test
    void theRealtorRevokesALinkFromThePanel() {
        String url = createLinkWithoutDateOfBirthAndIncome();

        browser.find(".share-link[data-status=live] button.button-danger").click();
        until(browser, ExpectedConditions.alertIsPresent()).accept();

        until(browser, driver -> !driver.findElements(By.cssSelector(".share-link[data-status=revoked]")).isEmpty());
        assertThat(browser.findAll(".share-link[data-status=live]")).isEmpty();
        assertThat(new Landlord(port).open(url).statusCode()).isEqualTo(410);
    }

    private String createLinkWithoutDateOfBirthAndIncome() {
        browser.open("/clients/" + pair.client().userId() + "/share-links");
        CrmUser.markPage(browser);
        var days = browser.find("#share-days");
        days.clear();
        days.sendKeys("3");
        browser.find("input[name=sections][value=date_of_birth]").click();
        browser.find("input[name=sections][value=income]").click();
        browser.find(".share-link-form button[type=submit]").click();

        var field = until(browser, ExpectedConditions.visibilityOfElementLocated(By.id("share-link-url")));
        assertThat(CrmUser.samePage(browser)).as("htmx swapped the panel in place").isTrue();
        assertThat(browser.findAll(".share-link[data-status=live]")).hasSize(1);
        String url = field.getDomProperty("value");
        assertThat(url).matches("http://localhost:" + port + "/share/[A-Za-z0-9_-]{43}");
        return url;
    }
}
