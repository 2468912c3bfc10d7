package dev.foyer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

@FoyerIntegrationTest
class HomePageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void homePageSaysWhatFoyerIs() {
        browser.open("/");

        assertThat(browser.driver().getTitle()).isEqualTo("Foyer \u2014 open-source CRM");
        assertThat(browser.find("h1").getText()).isEqualTo("Every client, deal and property in one place");
        assertThat(browser.findAll(".feature-grid h3")).extracting(WebElement::getText).containsExactly(
                "Contacts and deals", "Customer accounts", "Realtor clients and share links", "Investor CRM");
    }

    @Test
    void navigationLeadsHomeToTheApiDocumentationAndToSignIn() {
        browser.open("/");

        assertThat(browser.findAll("#site-nav a"))
                .extracting(WebElement::getText, link -> link.getDomAttribute("href"))
                .containsExactly(tuple("Home", "/"), tuple("API documentation", "/swagger-ui.html"),
                        tuple("Sign in", "/sign-in"));
        assertThat(browser.find("#site-nav [aria-current=page]").getText()).isEqualTo("Home");
    }

    @Test
    void htmxLoadsFromTheWebjarWithinTheContentSecurityPolicy() {
        browser.open("/");

        assertThat(browser.script("return typeof htmx")).isEqualTo("object");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void phoneWidthFitsTheScreenAndFoldsTheNavigationBehindAMenuButton() {
        browser.phone();
        browser.open("/");

        assertThat(browser.script("return document.documentElement.clientWidth")).isEqualTo(375L);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        var menu = browser.find(".nav-toggle");
        var navigation = browser.find("#site-nav");
        assertThat(navigation.isDisplayed()).isFalse();

        menu.click();

        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#site-nav a[href='/swagger-ui.html']").isDisplayed()).isTrue();
    }

    @Test
    void unknownPageShowsTheFriendlyNotFoundPageWithAWayHome() {
        browser.open("/no-such-page");

        assertThat(browser.find(".error-status").getText()).isEqualTo("404");
        assertThat(browser.find("h1").getText()).isEqualTo("We could not find that page");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "Whitelabel");

        browser.find(".error-page a").click();

        assertThat(browser.find("h1").getText()).isEqualTo("Every client, deal and property in one place");
    }
}
