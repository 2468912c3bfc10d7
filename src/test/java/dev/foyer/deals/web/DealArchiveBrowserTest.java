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
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class DealArchiveBrowserTest {

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
    void anArchivedDealLeavesTheBoardIsListedAsArchivedAndComesBackWhenUnarchived() {
        String deal = api.post("/api/deals", Map.of("title", "Old listing", "value", "1000", "stage", "Proposal"))
                .text("id");
        browser.open("/deals/" + deal);

        submit(browser, "#archive");

        assertThat(browser.find(".form-status").getText())
                .isEqualTo("The deal was archived: it is off the board and the dashboard.");
        assertThat(browser.find("#deal-archived").getText()).isEqualTo("Archived");
        assertThat(browser.findAll(".timeline-text")).extracting(WebElement::getText)
                .containsExactly("Archived from Proposal", "Created in Proposal");
        browser.open("/pipeline");
        assertThat(browser.findAll(".deal-card")).isEmpty();
        browser.find("#archived-deals").click();
        CrmUser.until(browser, driver -> path(browser).equals("/deals/archived"));
        assertThat(browser.find(".deal-item").getText()).contains("Old listing", "Proposal", "A$1,000");
        assertThat(browser.find(".pager-range").getText()).isEqualTo("1–1 of 1");

        browser.find(".deal-item a").click();
        CrmUser.until(browser, driver -> path(browser).equals("/deals/" + deal));
        submit(browser, "#unarchive");

        assertThat(browser.find(".form-status").getText()).isEqualTo("The deal is back on the board.");
        assertThat(browser.findAll("#deal-archived")).isEmpty();
        assertThat(api.get("/api/deals/" + deal).text("status")).isEqualTo("active");
        browser.open("/pipeline");
        assertThat(browser.find(".board-column[data-stage='Proposal'] .deal-card").getText()).contains("Old listing");
        browser.open("/deals/archived");
        assertThat(browser.findAll(".deal-item")).isEmpty();
        assertThat(browser.find(".card .muted").getText()).isEqualTo("No archived deals.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void atPhoneWidthTheArchivedListAndTheArchiveButtonFitTheScreen() throws Exception {
        String deal = api.post("/api/deals", Map.of("title", "Phone deal", "value", "1000")).text("id");
        api.post("/api/deals/" + deal + "/archive", Map.of());
        browser.phone();
        for (String page : new String[] {"/deals/archived", "/pipeline", "/deals/" + deal}) {
            browser.open(page);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as(page)
                    .isLessThanOrEqualTo(375L);
        }
        assertThat(browser.find("#unarchive").isDisplayed()).isTrue();
    }
}
