package dev.foyer.identity.web;

import static dev.foyer.web.CrmUser.markPage;
import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.samePage;
import static dev.foyer.web.CrmUser.until;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page left open after its session ended elsewhere: the next htmx request goes to the sign-in page, whole. */
@FoyerIntegrationTest
class SignedOutElsewhereBrowserTest {

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
    void typingInTheContactSearchAfterSigningOutEverywhereElseGoesToTheSignInPageNotIntoTheList() {
        api.post("/api/contacts", Map.of("firstName", "Wilhelmina"));
        browser.open("/contacts");
        markPage(browser);
        assertThat(api.post("/api/sessions/end-others", Map.of()).status()).isLessThan(300);

        browser.find("#contact-search").sendKeys("wil");
        until(browser, driver -> path(browser).equals("/sign-in"));

        assertThat(samePage(browser)).as("the browser loaded the sign-in page as a page").isFalse();
        assertThat(browser.findAll("header.site-header")).as("one page, not a page inside a page").hasSize(1);
        assertThat(browser.findAll("#contact-results")).isEmpty();
    }

    @Test
    void withoutHtmxASignedOutPageStillRedirectsToSignIn() {
        api.post("/api/sessions/end-others", Map.of());

        browser.open("/contacts");

        assertThat(path(browser)).isEqualTo("/sign-in");
    }
}
