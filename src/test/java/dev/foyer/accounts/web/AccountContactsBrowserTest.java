package dev.foyer.accounts.web;

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
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class AccountContactsBrowserTest {

    private static final String ADD = "form.add-contact-form button[type=submit]";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    SignedInClient api;
    String accountId;

    @BeforeEach
    void signInWithAnAccount() {
        api = CrmUser.signIn(browser, new ApiClient(port));
        accountId = api.post("/api/accounts", Map.of("companyName", "Harbour Homes", "customerType", "Commercial"))
                .text("id");
    }

    @Test
    void twoContactsAreAddedAndTheSecondMadePrimaryIsTheOnlyPrimaryAndComesFirst() {
        browser.open("/accounts/" + accountId);
        addContact("Ann Able", "ann@example.com", true);
        assertThat(browser.find(".form-status").getText()).isEqualTo("The contact was added.");
        addContact("Zed Zulu", "zed@example.com", false);
        assertThat(names()).containsExactly("Ann Able", "Zed Zulu");

        submit(browser, "li.account-contact:nth-child(2) .make-primary");

        assertThat(browser.find(".form-status").getText()).isEqualTo("The primary contact was changed.");
        assertThat(browser.findAll(".primary-badge")).hasSize(1);
        assertThat(browser.find(".account-contact.is-primary .account-contact-name").getText()).isEqualTo("Zed Zulu");
        assertThat(names()).as("the primary contact is listed first").containsExactly("Zed Zulu", "Ann Able");
        assertThat(browser.find("#contacts-heading").getText()).isEqualTo("Contacts (2)");
        var contacts = api.get("/api/accounts/" + accountId + "/contacts").json().path("items");
        assertThat(contacts.get(0).path("name").asString()).isEqualTo("Zed Zulu");
        assertThat(contacts.get(0).path("isPrimary").asBoolean()).isTrue();
        assertThat(contacts.get(1).path("isPrimary").asBoolean()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aDuplicateEmailShowsTheErrorNextToTheEmailField() {
        api.post("/api/accounts/" + accountId + "/contacts", Map.of("name", "Dana One", "email", "dana@example.com"));
        browser.open("/accounts/" + accountId);

        addContact("Dana Two", "DANA@example.com", false);

        assertThat(browser.find("#email-error").getText())
                .isEqualTo("Another contact of this account already has this email.");
        assertThat(browser.find("#email").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#name").getDomProperty("value")).as("what was typed stays").isEqualTo("Dana Two");
        assertThat(names()).containsExactly("Dana One");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBlankNameAndAPhoneThatCannotBeDialledAreShownTogether() {
        browser.open("/accounts/" + accountId);
        browser.find("#name").sendKeys("  ");
        browser.find("#phone").sendKeys("12");
        submit(browser, ADD);

        assertThat(browser.find("#name-error").getText()).isNotBlank();
        assertThat(browser.find("#phone-error").getText()).isNotBlank();
        assertThat(browser.find("#phone").getDomProperty("value")).as("what was typed stays").isEqualTo("12");
        assertThat(names()).isEmpty();
    }

    @Test
    void aContactIsEditedThenDeletedAfterAConfirmation() {
        String id = api.post("/api/accounts/" + accountId + "/contacts",
                Map.of("name", "Ada", "role", "Owner", "phone", "+61 412 345 678")).text("id");
        browser.open("/accounts/" + accountId);
        submit(browser, "li.account-contact a.button");

        assertThat(path(browser)).isEqualTo("/accounts/" + accountId + "/contacts/" + id + "/edit");
        assertThat(browser.find("#phone").getDomProperty("value")).isEqualTo("+61412345678");
        browser.find("#name").sendKeys(" Lovelace");
        browser.find("#role").clear();
        browser.find("#primary1").click();
        submit(browser, "form.contact-edit-form button[type=submit]");

        assertThat(browser.find(".form-status").getText()).isEqualTo("The contact was saved.");
        assertThat(names()).containsExactly("Ada Lovelace");
        assertThat(browser.findAll(".primary-badge")).hasSize(1);
        assertThat(api.get("/api/accounts/" + accountId + "/contacts").json().path("items").get(0).path("role").isNull())
                .as("an emptied field is cleared").isTrue();

        browser.find(".delete-contact").click();
        browser.driver().switchTo().alert().accept();
        until(browser, driver -> browser.findAll(".account-contact").isEmpty());
        assertThat(browser.find(".form-status").getText()).isEqualTo("The contact was deleted.");
    }

    @Test
    void deletingTheAccountAfterAConfirmationTakesItsContactsWithIt() {
        api.post("/api/accounts/" + accountId + "/contacts", Map.of("name", "Ada"));
        browser.open("/accounts/" + accountId);

        browser.find(".account-delete").click();
        var alert = browser.driver().switchTo().alert();
        assertThat(alert.getText()).isEqualTo("Delete this account? Its contact is deleted with it.");
        alert.accept();
        until(browser, driver -> path(browser).equals("/accounts"));

        assertThat(browser.find(".form-status").getText()).isEqualTo("The account and its contacts were deleted.");
        assertThat(api.get("/api/accounts/" + accountId).status()).isEqualTo(404);
    }

    @Test
    void anAccountWithManyContactsShowsThemFiftyAPageAndEachOneStillOpens() {
        String last = null;
        for (int i = 1; i <= 52; i++) {
            last = api.post("/api/accounts/" + accountId + "/contacts", Map.of("name", "Person %02d".formatted(i)))
                    .text("id");
        }

        browser.open("/accounts/" + accountId);
        assertThat(browser.find("#contacts-heading").getText()).isEqualTo("Contacts (52)");
        assertThat(browser.findAll(".account-contact")).hasSize(50);
        assertThat(browser.find("#contacts .pager-range").getText()).isEqualTo("1\u201350 of 52");

        submit(browser, "#contacts a[rel=next]");
        assertThat(names()).containsExactly("Person 51", "Person 52");
        assertThat(browser.find("#contacts .pager-range").getText()).isEqualTo("51\u201352 of 52");
        submit(browser, "li.account-contact:nth-child(2) a.button");
        assertThat(path(browser)).isEqualTo("/accounts/" + accountId + "/contacts/" + last + "/edit");
        assertThat(browser.find("#name").getDomProperty("value")).isEqualTo("Person 52");
    }

    @Test
    void aFewContactsNeedNoPages() {
        api.post("/api/accounts/" + accountId + "/contacts", Map.of("name", "Only One"));

        browser.open("/accounts/" + accountId);

        assertThat(names()).containsExactly("Only One");
        assertThat(browser.findAll("#contacts .pager")).isEmpty();
    }

    @Test
    void anotherUsersAccountContactsAreNotFound() {
        var stranger = SignedInClient.signUp(new ApiClient(port));
        String theirs = stranger.post("/api/accounts", Map.of("companyName", "Secret Co", "customerType", "Commercial"))
                .text("id");
        String contact = stranger.post("/api/accounts/" + theirs + "/contacts", Map.of("name", "Hidden")).text("id");

        browser.open("/accounts/" + theirs + "/contacts/" + contact + "/edit");
        assertThat(browser.find(".error-status").getText()).isEqualTo("404");
        browser.open("/accounts/" + accountId + "/contacts/" + contact + "/edit");
        assertThat(browser.find(".error-status").getText()).as("a contact of another account").isEqualTo("404");
    }

    private static void addContact(String name, String email, boolean primary) {
        browser.find("#name").sendKeys(name);
        browser.find("#email").sendKeys(email);
        if (primary) {
            browser.find("#primary1").click();
        }
        submit(browser, ADD);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('.account-contact-name'), e => e.textContent.trim())");
    }
}
