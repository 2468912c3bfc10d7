package dev.foyer.deals.web;

import static dev.foyer.web.CrmUser.submit;
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
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class DealContactPickerBrowserTest {

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
    void aUserWithMoreThanTwoHundredContactsLinksADealToOneThatSortsAfterThemAll() {
        for (int i = 0; i < 205; i++) {
            contact("Anna %03d".formatted(i), "Adams");
        }
        String zoe = contact("Zoe", "Zimmer");
        browser.open("/deals/new");
        browser.find("#title").sendKeys("Garden flat");
        browser.find("#value").sendKeys("410000");

        browser.find("#contactName").sendKeys("zimm");
        until(browser, driver -> !browser.findAll("#contact-options [role=option]").isEmpty());
        assertThat(browser.find("#contactName").getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#contact-options [role=option]").getText()).startsWith("Zoe Zimmer");
        browser.find("#contact-options [role=option]").click();
        assertThat(browser.find("#contactName").getDomProperty("value")).isEqualTo("Zoe Zimmer");
        assertThat(browser.find("#contact-options").isDisplayed()).isFalse();
        submit(browser, "form.form button[type=submit]");

        String deal = CrmUser.path(browser).substring("/deals/".length());
        assertThat(contactOf(deal)).isEqualTo(zoe);
        assertThat(browser.find("#contactName").getDomProperty("value")).isEqualTo("Zoe Zimmer");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theKeyboardPicksAContactAndAnEmptiedBoxUnlinksIt() {
        contact("Zoe", "Zimmer");
        String zara = contact("Zara", "Zimmer");
        String deal = api.post("/api/deals", Map.of("title", "Lease", "value", "1000")).text("id");
        browser.open("/deals/" + deal);

        browser.find("#contactName").sendKeys("zimmer");
        until(browser, driver -> browser.findAll("#contact-options [role=option]").size() == 2);
        browser.find("#contactName").sendKeys(Keys.ARROW_DOWN);
        browser.find("#contactName").sendKeys(Keys.ENTER);
        assertThat(browser.find("#contactName").getDomProperty("value")).isEqualTo("Zara Zimmer");
        submit(browser, "form.form button[type=submit]");
        assertThat(contactOf(deal)).isEqualTo(zara);

        browser.find("#contactName").clear();
        submit(browser, "form.form button[type=submit]");
        assertThat(api.get("/api/deals/" + deal).json().path("contact").isNull()).isTrue();
    }

    /** What a browser without the script sends: the typed text alone, which the server looks up. */
    @Test
    void withoutTheScriptATypedNameFindingOneContactLinksItAndOtherwiseSaysWhy() {
        String zoe = contact("Zoe", "Zimmer");
        contact("Zara", "Zimmer");
        String deal = api.post("/api/deals", Map.of("title", "Lease", "value", "1000")).text("id");
        browser.open("/deals/" + deal);

        typeWithoutScript("Nobody Known");
        submit(browser, "form.form button[type=submit]");
        assertThat(browser.find("#contactName-error").getText()).startsWith("No contact matches this.");
        assertThat(browser.find("#contactName").getDomProperty("value")).isEqualTo("Nobody Known");

        typeWithoutScript("zimmer");
        submit(browser, "form.form button[type=submit]");
        assertThat(browser.find("#contactName-error").getText()).startsWith("Several contacts match this.");
        assertThat(api.get("/api/deals/" + deal).json().path("contact").isNull()).isTrue();

        typeWithoutScript("zoe zimmer");
        submit(browser, "form.form button[type=submit]");
        assertThat(browser.find(".form-status").getText()).isEqualTo("The changes were saved.");
        assertThat(contactOf(deal)).isEqualTo(zoe);
    }

    @Test
    void anotherUsersContactIdInTheFormLinksNothing() {
        var stranger = SignedInClient.signUp(new ApiClient(port));
        String theirs = stranger.post("/api/contacts", Map.of("firstName", "Secret", "lastName", "Stranger")).text("id");
        String deal = api.post("/api/deals", Map.of("title", "Lease", "value", "1000")).text("id");
        browser.open("/deals/new?contactId=" + theirs);
        assertThat(browser.find("#contactName").getDomProperty("value")).as("their name never shows").isEmpty();

        browser.open("/deals/" + deal);
        browser.script("document.getElementById('contactId').value = arguments[0]", theirs);
        typeWithoutScript("Secret Stranger");
        submit(browser, "form.form button[type=submit]");

        assertThat(browser.find("#contactName-error").getText()).startsWith("No contact matches this.");
        assertThat(api.get("/api/deals/" + deal).json().path("contact").isNull()).isTrue();
    }

    private String contact(String firstName, String lastName) {
        return api.post("/api/contacts", Map.of("firstName", firstName, "lastName", lastName)).text("id");
    }

    private String contactOf(String deal) {
        return api.get("/api/deals/" + deal).json().path("contact").path("id").asString();
    }

    /** Sets the box's text without the input event, so the picker neither searches nor forgets a picked id. */
    private void typeWithoutScript(String text) {
        browser.script("document.getElementById('contactName').value = arguments[0]", text);
    }
}
