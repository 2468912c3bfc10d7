package dev.foyer.accounts.web;

import static dev.foyer.accounts.web.AccountPageSteps.createAccount;
import static dev.foyer.accounts.web.AccountPageSteps.fullPage;
import static dev.foyer.web.CrmUser.markPage;
import static dev.foyer.web.CrmUser.samePage;
import static dev.foyer.web.CrmUser.until;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class AccountListBrowserTest {

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
    void searchFindsAnAccountByAContactsNameAndTheFiltersNarrowTheList() throws Exception {
        String harbour = createAccount(api, "Harbour Homes", "Residential", List.of("VIP"));
        api.post("/api/accounts/" + harbour + "/contacts", Map.of("name", "Wilhelmina Featherstone"));
        createAccount(api, "Acme Offices", "Commercial", List.of("VIP", "Retail"));
        createAccount(api, "Bayside Retail", "Commercial", List.of("Retail"));

        browser.open("/accounts");
        assertThat(companies()).containsExactly("Bayside Retail", "Acme Offices", "Harbour Homes");
        assertThat(browser.find("[data-stat=Commercial]").getText()).isEqualTo("2");
        assertThat(browser.find("[data-stat=contacts]").getText()).isEqualTo("1");
        assertThat(browser.find("[data-stat=average]").getText()).isEqualTo("0.33");
        assertThat(browser.find("a[download]").getDomAttribute("href")).isEqualTo("/api/accounts/export");
        fullPage(browser, "accounts-list.png", 1280, false);
        markPage(browser);

        browser.find("#account-search").sendKeys("featherstone");
        until(browser, driver -> companies().size() == 1);
        assertThat(companies()).containsExactly("Harbour Homes");
        assertThat(samePage(browser)).as("the table updated without a page load").isTrue();
        assertThat(browser.driver().getCurrentUrl()).contains("q=featherstone");
        assertThat(browser.find("#account-export").getDomAttribute("href")).as("the export follows the search typed")
                .isEqualTo("/api/accounts/export?q=featherstone");

        browser.find("#account-search").clear();
        browser.find("#account-search").sendKeys(" ");
        until(browser, driver -> companies().size() == 3);
        new Select(browser.find("#account-type")).selectByValue("Commercial");
        until(browser, driver -> companies().size() == 2);
        assertThat(companies()).containsExactly("Bayside Retail", "Acme Offices");
        assertThat(browser.find("#account-export").getDomAttribute("href")).isEqualTo("/api/accounts/export?type=Commercial");

        new Select(browser.find("#account-type")).selectByValue("");
        browser.find("#account-tags").sendKeys("vip, retail");
        until(browser, driver -> companies().size() == 3);
        new Select(browser.find("#account-match")).selectByValue("all");
        until(browser, driver -> companies().size() == 1);
        assertThat(companies()).containsExactly("Acme Offices");
        assertThat(samePage(browser)).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theListPagesThroughAccounts() {
        for (int i = 1; i <= 26; i++) {
            createAccount(api, "Company %02d".formatted(i), "Residential", List.of());
        }
        browser.open("/accounts");
        assertThat(pagerRange()).isEqualTo("1\u201325 of 26");
        markPage(browser);
        browser.find("a[rel=next]").click();
        until(browser, driver -> "26\u201326 of 26".equals(pagerRange()));
        assertThat(samePage(browser)).as("paging swaps the table only").isTrue();
        assertThat(companies()).containsExactly("Company 01");
    }

    /** Read in one script: htmx may swap the table between finding the element and reading it. */
    private static String pagerRange() {
        return (String) browser.script("var range = document.querySelector('.pager-range');"
                + " return range && range.textContent.trim()");
    }

    /** Read in one script, as htmx may swap the table between reading one row and the next. */
    @SuppressWarnings("unchecked")
    private static List<String> companies() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('.account-name'), a => a.textContent.trim())");
    }
}
