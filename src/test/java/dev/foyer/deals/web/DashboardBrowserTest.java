package dev.foyer.deals.web;

import static dev.foyer.web.CrmUser.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class DashboardBrowserTest {

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
    void aUserWhoSignsInLandsOnTheDashboardWithTheCrmInTheNavigation() {
        assertThat(path(browser)).isEqualTo("/dashboard");
        assertThat(browser.find("h1").getText()).isEqualTo("Dashboard");
        assertThat(browser.findAll("#site-nav a")).extracting(WebElement::getText)
                .containsExactly("Dashboard", "Contacts", "Accounts", "Pipeline", "Tags", "Clients", "Devices");
        assertThat(browser.find("#site-nav [aria-current=page]").getText()).isEqualTo("Dashboard");
        assertThat(browser.find(".chart-card .muted").getText())
                .isEqualTo("Your pipeline has no deals yet. Add one to see its value by stage.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theFiguresAndTheChartShowOneBarPerStageWithItsValue() throws Exception {
        api.post("/api/contacts", Map.of("firstName", "Ann"));
        api.post("/api/deals", Map.of("title", "A", "value", "300000", "stage", "Prospecting"));
        api.post("/api/deals", Map.of("title", "B", "value", "100000", "stage", "Proposal"));
        api.post("/api/deals", Map.of("title", "C", "value", "50000", "currency", "EUR", "stage", "Proposal"));
        api.post("/api/deals", Map.of("title", "D", "value", "80000", "stage", "Closed Won"));

        browser.open("/dashboard");

        assertThat(browser.find("#figure-contacts").getText()).isEqualTo("1");
        assertThat(browser.find("#figure-active").getText()).isEqualTo("3");
        assertThat(browser.findAll("#figure-open-value li")).extracting(WebElement::getText)
                .containsExactly("A$400,000", "\u20ac50,000");
        assertThat(browser.find("#figure-won").getText()).isEqualTo("1");
        assertThat(browser.find("#chart-caption").getText()).startsWith("In AUD");
        List<WebElement> rows = browser.findAll("svg.chart .chart-row");
        assertThat(rows).extracting(row -> row.getDomAttribute("data-stage")).containsExactly(
                "Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Lost");
        assertThat(rows).extracting(row -> row.findElement(By.cssSelector(".chart-value")).getText()).containsExactly(
                "A$300,000", "A$0", "A$100,000", "A$0", "A$80,000", "A$0");
        assertThat(rows).extracting(row -> row.findElement(By.cssSelector(".chart-bar")).getDomAttribute("width"))
                .as("scaled to the largest stage").containsExactly("320", "0", "107", "0", "85", "0");
        assertThat(rows.get(0).findElement(By.cssSelector(".chart-bar")).getDomAttribute("fill")).isEqualTo("#64748B");
        assertThat(browser.findAll(".stage-table tbody tr").get(2).getText())
                .as("the table lists every currency").contains("Proposal", "2", "A$100,000 \u00b7 \u20ac50,000");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void atPhoneWidthTheDashboardFitsTheScreen() throws Exception {
        api.post("/api/deals", Map.of("title", "A", "value", "1234567.89", "stage", "Negotiation"));
        browser.phone();
        browser.open("/dashboard");

        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        assertThat(browser.find("svg.chart").getRect().getWidth()).isLessThanOrEqualTo(375);
    }

    @Test
    void theHomePageLeadsASignedInUserToTheDashboard() {
        browser.open("/");
        browser.find(".hero a[href='/dashboard']").click();

        assertThat(path(browser)).isEqualTo("/dashboard");
    }
}
