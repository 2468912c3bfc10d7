package dev.foyer.deals.web;

import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class DealPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    SignedInClient api;

    @BeforeEach
    void signIn() {
        api = CrmUser.signIn(browser, new ApiClient(port));
    }

    @Test
    void aDealCreatedFromAContactsPageShowsThereAndItsChangesInItsTimeline() throws Exception {
        String contact = api.post("/api/contacts", Map.of("firstName", "Linus", "lastName", "Buyer")).text("id");
        browser.open("/contacts/" + contact);
        assertThat(browser.find(".contact-deals .muted").getText()).isEqualTo("No deals with this contact yet.");
        browser.find(".contact-deals .button").click();

        assertThat(browser.find("#contactName").getDomProperty("value")).isEqualTo("Linus Buyer");
        assertThat(browser.find("#currency").getDomProperty("value")).isEqualTo("AUD");
        browser.find("#title").sendKeys("Beach house");
        browser.find("#value").sendKeys("725000");
        browser.find("#expectedCloseDate").sendKeys("03152030");
        submit(browser, "form.form button[type=submit]");

        assertThat(path(browser)).startsWith("/deals/");
        String dealId = path(browser).substring("/deals/".length());
        assertThat(browser.find(".form-status").getText()).isEqualTo("The deal was added.");
        var deal = api.get("/api/deals/" + dealId);
        assertThat(deal.text("stage")).isEqualTo("Prospecting");
        assertThat(deal.text("expectedCloseDate")).isEqualTo("2030-03-15");
        assertThat(deal.json().path("contact").path("id").asString()).isEqualTo(contact);

        new Select(browser.find("#stage")).selectByVisibleText("Negotiation");
        browser.find("#value").clear();
        browser.find("#value").sendKeys("700000");
        submit(browser, "form.form button[type=submit]");

        assertThat(browser.find(".form-status").getText()).isEqualTo("The changes were saved.");
        assertThat(browser.findAll(".timeline-text")).extracting(WebElement::getText)
                .containsExactly("Changed value", "Moved from Prospecting to Negotiation", "Created in Prospecting");

        browser.open("/contacts/" + contact);
        assertThat(browser.find(".contact-deals h2").getText()).isEqualTo("Deals (1)");
        assertThat(browser.find(".deal-item").getText()).contains("Beach house", "Negotiation", "A$700,000");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theDealFormShowsEachErrorNextToItsField() {
        browser.open("/deals/new");
        browser.find("#value").sendKeys("lots");
        browser.find("#currency").clear();
        browser.find("#currency").sendKeys("XYZ");
        submit(browser, "form.form button[type=submit]");

        assertThat(browser.find("#title-error").getText()).isEqualTo("This is required.");
        assertThat(browser.find("#value-error").getText()).isEqualTo("Enter an amount in digits, like 12500 or 12500.50.");
        assertThat(browser.find("#value").getDomProperty("value")).isEqualTo("lots");
        assertThat(browser.find("#currency-error").getText()).isEqualTo("Enter a currency code such as AUD, USD or EUR.");
        assertThat(api.get("/api/deals").json().path("total").asLong()).isZero();
    }

    @Test
    void emptyingTheContactOfADealUnlinksItAndDeletingItReturnsToTheBoard() {
        String contact = api.post("/api/contacts", Map.of("firstName", "Mia")).text("id");
        String deal = api.post("/api/deals", Map.of("title", "Lease", "value", "1000", "contactId", contact)).text("id");
        browser.open("/deals/" + deal);

        browser.find("#contactName").clear();
        submit(browser, "form.form button[type=submit]");
        assertThat(api.get("/api/deals/" + deal).json().path("contact").isNull()).isTrue();

        browser.find(".page-header .button-danger").click();
        browser.driver().switchTo().alert().accept();
        CrmUser.until(browser, driver -> path(browser).equals("/pipeline"));
        assertThat(browser.find(".form-status").getText()).isEqualTo("The deal was deleted.");
        assertThat(api.get("/api/deals/" + deal).status()).isEqualTo(404);
    }

    @Test
    void atPhoneWidthTheDealPageFitsTheScreen() throws Exception {
        String deal = api.post("/api/deals", Map.of("title", "Phone deal", "value", "1000")).text("id");
        browser.phone();
        for (String page : new String[] {"/deals/new", "/deals/" + deal}) {
            browser.open(page);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as(page)
                    .isLessThanOrEqualTo(375L);
        }
    }
}
