package dev.foyer.contacts.web;

import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.submit;
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
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class ContactDuplicatePagesBrowserTest {

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
    void twoContactsSharingAnEmailAreMergedIntoTheOneChosenWithBothTheirTagsAndDeals() {
        String sam = contact("Sam", "Sam@Example.com");
        String samuel = contact("Samuel", "sam@example.com");
        contact("Unrelated", "other@example.com");
        tag(sam, "VIP");
        tag(samuel, "Lead");
        String samsDeal = deal("Harbour flat", sam);
        String samuelsDeal = deal("Hill house", samuel);

        browser.open("/contacts");
        submit(browser, "a[href='/contacts/duplicates']");
        assertThat(browser.findAll(".duplicate-group h2")).extracting(WebElement::getText)
                .containsExactly("Same email: sam@example.com");
        assertThat(browser.findAll(".duplicate-name")).extracting(WebElement::getText).containsExactly("Sam", "Samuel");
        assertThat(browser.findAll(".duplicate-members .chip-name")).extracting(WebElement::getText)
                .containsExactly("VIP", "Lead");
        assertThat(browser.findAll(".duplicate-deals")).extracting(WebElement::getText).containsExactly("1", "1");

        browser.find("input[name=keep][value='" + samuel + "']").click();
        browser.find(".duplicate-form button[type=submit]").click();
        browser.driver().switchTo().alert().accept();
        until(browser, driver -> !browser.findAll(".form-status").isEmpty());

        assertThat(path(browser)).isEqualTo("/contacts/duplicates");
        assertThat(browser.find(".form-status").getText()).contains("The contacts were merged.").contains("Open Samuel");
        assertThat(browser.findAll(".duplicate-group")).as("no group is left").isEmpty();
        assertThat(api.get("/api/contacts/" + sam).status()).isEqualTo(404);
        var kept = api.get("/api/contacts/" + samuel).json();
        assertThat(kept.path("tags").findValuesAsString("name")).containsExactlyInAnyOrder("VIP", "Lead");
        assertThat(List.of(dealContact(samsDeal), dealContact(samuelsDeal))).containsOnly(samuel);

        submit(browser, ".merged-contact");
        assertThat(browser.find("h1").getText()).isEqualTo("Samuel");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anotherUsersContactOnTheMergeFormIsTheNotFoundPageAndNothingChanges() {
        var stranger = SignedInClient.signUp(new ApiClient(port));
        String theirs = stranger.post("/api/contacts", Map.of("firstName", "Theirs", "email", "sam@example.com")).text("id");
        String sam = contact("Sam", "sam@example.com");
        String samuel = contact("Samuel", "sam@example.com");
        browser.open("/contacts/duplicates");

        browser.script("document.querySelector('.duplicate-form input[name=contact]').value = arguments[0]", theirs);
        browser.find(".duplicate-form button[type=submit]").click();
        browser.driver().switchTo().alert().accept();
        until(browser, driver -> !browser.findAll(".error-status").isEmpty());

        assertThat(browser.find(".error-status").getText()).isEqualTo("404");
        assertThat(post("keep=" + theirs + "&contact=" + theirs + "&contact=" + sam)).isEqualTo(404L);
        assertThat(stranger.get("/api/contacts/" + theirs).status()).isEqualTo(200);
        assertThat(api.get("/api/contacts/" + sam).status()).isEqualTo(200);
        assertThat(api.get("/api/contacts/" + samuel).status()).isEqualTo(200);
    }

    @Test
    void aMergeWithoutAContactToKeepOrAnotherToMergeIsRefused() {
        String sam = contact("Sam", "sam@example.com");
        String samuel = contact("Samuel", "sam@example.com");
        browser.open("/contacts/duplicates");

        assertThat(post("contact=" + sam + "&contact=" + samuel)).isEqualTo(400L);
        assertThat(post("keep=" + sam + "&contact=" + sam)).isEqualTo(400L);
        assertThat(post("keep=" + sam + "&contact=" + sam + "&contact=")).isEqualTo(400L);
        assertThat(post("keep=not-an-id&contact=" + samuel)).isEqualTo(400L);
        assertThat(api.get("/api/contacts/duplicates").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void atPhoneWidthTheGroupsFitTheScreen() {
        for (String name : List.of("Maximiliana Featherstonehaugh", "Maximiliana F.")) {
            api.post("/api/contacts", Map.of("firstName", name, "company", "Featherstonehaugh & Daughters",
                    "email", "maximiliana.featherstonehaugh@an-example-agency.com.au", "phone", "+61 412 345 678"));
        }
        browser.phone();
        browser.open("/contacts/duplicates");

        assertThat(browser.findAll(".duplicate-group")).hasSize(2);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String contact(String firstName, String email) {
        return api.post("/api/contacts", Map.of("firstName", firstName, "email", email)).text("id");
    }

    private void tag(String contactId, String name) {
        String tagId = api.post("/api/tags", Map.of("name", name, "color", "#8B5CF6")).text("id");
        api.put("/api/contacts/" + contactId + "/tags/" + tagId, Map.of());
    }

    private String deal(String title, String contactId) {
        var created = api.post("/api/deals", Map.of("title", title, "value", "1000", "contactId", contactId));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("id");
    }

    private String dealContact(String dealId) {
        return api.get("/api/deals/" + dealId).json().path("contact").path("id").asString();
    }

    /** Posts the merge form's body with the current CSRF token, as a hand-edited form would; returns the status. */
    private Long post(String body) {
        return (Long) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = Object.assign({'Content-Type': 'application/x-www-form-urlencoded'}, Foyer.csrfHeaders());
                fetch('/contacts/duplicates/merge', {method: 'POST', headers: headers, body: arguments[0], redirect: 'manual'})
                    .then(function (r) { done(r.status); });
                """, body);
    }
}
