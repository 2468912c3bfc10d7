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

/** A deal's timeline and a contact's deals past the first fifty: the rest are a link away. */
@FoyerIntegrationTest
class DealPagingBrowserTest {

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
    void aTimelineOfMoreThanFiftyEventsShowsTheOlderOnesOnTheNextPage() {
        String deal = api.post("/api/deals", Map.of("title", "Busy deal", "value", "1000")).text("id");
        for (int i = 1; i <= 55; i++) {
            assertThat(api.patch("/api/deals/" + deal, Map.of("value", String.valueOf(1000 + i))).status()).isEqualTo(200);
        }
        browser.open("/deals/" + deal);
        assertThat(browser.findAll(".timeline-entry")).hasSize(50);
        assertThat(browser.find(".timeline + .pager .pager-range").getText()).isEqualTo("1\u201350 of 56");

        submit(browser, ".timeline + .pager a[rel=next]");

        assertThat(browser.findAll(".timeline-text")).extracting(WebElement::getText).hasSize(6)
                .endsWith("Created in Prospecting");
        assertThat(browser.find("#title").getDomProperty("value")).as("the form is still there").isEqualTo("Busy deal");
        submit(browser, ".timeline + .pager a[rel=prev]");
        assertThat(browser.findAll(".timeline-entry")).hasSize(50);
    }

    @Test
    void aContactWithMoreThanFiftyDealsLeadsToAllOfThemAPageAtATime() {
        String contact = api.post("/api/contacts", Map.of("firstName", "Rich", "lastName", "Buyer")).text("id");
        for (int i = 1; i <= 52; i++) {
            api.post("/api/deals", Map.of("title", "Deal %02d".formatted(i), "value", "1000", "contactId", contact));
        }
        browser.open("/contacts/" + contact);
        assertThat(browser.findAll(".contact-deals .deal-item")).hasSize(50);

        submit(browser, ".contact-deals a.all-deals");

        assertThat(path(browser)).isEqualTo("/contacts/" + contact + "/deals");
        assertThat(browser.find("h1").getText()).isEqualTo("Deals with Rich Buyer");
        assertThat(browser.findAll(".deal-item")).hasSize(50);
        submit(browser, "a[rel=next]");
        assertThat(browser.findAll(".deal-item a")).extracting(WebElement::getText).containsExactly("Deal 02", "Deal 01");
        assertThat(browser.find(".pager-range").getText()).isEqualTo("51\u201352 of 52");
    }

    @Test
    void aContactWithFewDealsHasNoLinkAndAnotherUsersContactsDealsAreNotFound() {
        String contact = api.post("/api/contacts", Map.of("firstName", "Few")).text("id");
        api.post("/api/deals", Map.of("title", "Only deal", "value", "1000", "contactId", contact));
        var stranger = SignedInClient.signUp(new ApiClient(port));
        String theirs = stranger.post("/api/contacts", Map.of("firstName", "Secret")).text("id");
        stranger.post("/api/deals", Map.of("title", "Their deal", "value", "1000", "contactId", theirs));

        browser.open("/contacts/" + contact);
        assertThat(browser.findAll(".contact-deals a.all-deals")).isEmpty();
        browser.open("/contacts/" + theirs + "/deals");
        assertThat(browser.find(".error-status").getText()).isEqualTo("404");
        browser.open("/contacts/not-an-id/deals");
        assertThat(browser.find(".error-status").getText()).isEqualTo("400");
    }
}
