package dev.foyer.contacts.web;

import static dev.foyer.web.CrmUser.markPage;
import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.samePage;
import static dev.foyer.web.CrmUser.submit;
import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class ContactPagesBrowserTest {

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
    void aNewContactIsTaggedThenFoundByTypingPartOfItsNameAndByItsTag() throws Exception {
        String tagId = api.post("/api/tags", Map.of("name", "Investor", "color", "#8B5CF6")).text("id");
        api.post("/api/contacts", Map.of("firstName", "Wilhelmina", "lastName", "Untagged"));
        api.post("/api/contacts", Map.of("firstName", "Otto", "lastName", "Other"));

        browser.open("/contacts/new");
        browser.find("#firstName").sendKeys("Wilhelmina");
        browser.find("#lastName").sendKeys("Tagged");
        browser.find("#email").sendKeys("wil@example.com");
        browser.find("#company").sendKeys("Harbour Homes");
        submit(browser, "form.form button[type=submit]");

        assertThat(path(browser)).startsWith("/contacts/");
        assertThat(browser.find("h1").getText()).isEqualTo("Wilhelmina Tagged");
        assertThat(browser.find(".form-status").getText()).isEqualTo("The contact was added.");
        new Select(browser.find("#add-tag")).selectByVisibleText("Investor");
        submit(browser, "form.inline-form button[type=submit]");
        assertThat(browser.findAll(".tag-list .chip-name")).extracting(WebElement::getText).containsExactly("Investor");
        assertThat(browser.find(".tag-list circle").getDomAttribute("fill")).isEqualTo("#8B5CF6");

        browser.open("/contacts");
        assertThat(names()).containsExactly("Otto Other", "Wilhelmina Tagged", "Wilhelmina Untagged");
        markPage(browser);
        browser.find("#contact-search").sendKeys("wilhel");
        until(browser, driver -> names().size() == 2);

        assertThat(names()).containsExactly("Wilhelmina Tagged", "Wilhelmina Untagged");
        assertThat(samePage(browser)).as("the table updated without a page load").isTrue();
        assertThat(browser.driver().getCurrentUrl()).as("the address keeps the search").contains("q=wilhel");
        assertThat(browser.find("#contact-search").equals(browser.driver().switchTo().activeElement()))
                .as("typing goes on in the box").isTrue();

        toggleTag(tagId);
        until(browser, driver -> names().size() == 1);

        assertThat(names()).containsExactly("Wilhelmina Tagged");
        assertThat(browser.findAll(".contact-row .chip-name")).extracting(WebElement::getText).containsExactly("Investor");
        assertThat(samePage(browser)).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBookmarkOfATagDeletedSinceShowsNoMatchRatherThanAnError() {
        String tagId = api.post("/api/tags", Map.of("name", "Gone soon", "color", "#8B5CF6")).text("id");
        api.post("/api/contacts", Map.of("firstName", "Kept"));
        api.delete("/api/tags/" + tagId);

        browser.open("/contacts?tag=" + tagId);

        assertThat(browser.find(".result-count").getText()).isEqualTo("No contacts match. Try fewer letters or another tag.");
    }

    @Test
    void theContactFormShowsEachErrorNextToItsField() {
        browser.open("/contacts/new");
        browser.find("#email").sendKeys("not an email");
        submit(browser, "form.form button[type=submit]");

        assertThat(browser.find("#firstName-error").getText()).isEqualTo("Enter a first or a last name.");
        assertThat(browser.find("#email-error").getText()).isEqualTo("Enter an email address, like name@example.com.");
        assertThat(browser.find("#email").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#email").getDomProperty("value")).as("what was typed stays").isEqualTo("not an email");
        assertThat(api.get("/api/contacts").json().path("total").asLong()).isZero();
    }

    @Test
    void aContactIsEditedAndDeletedAfterAConfirmation() {
        String id = api.post("/api/contacts", Map.of("firstName", "Ada", "company", "Old Co")).text("id");
        browser.open("/contacts/" + id + "/edit");
        browser.find("#company").clear();
        browser.find("#lastName").sendKeys("Lovelace");
        submit(browser, "form.form button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Ada Lovelace");
        assertThat(api.get("/api/contacts/" + id).text("company")).as("an emptied field is cleared").isNull();

        browser.find(".header-actions .button-danger").click();
        browser.driver().switchTo().alert().accept();
        until(browser, driver -> path(browser).equals("/contacts"));

        assertThat(browser.find(".form-status").getText()).isEqualTo("The contact was deleted.");
        assertThat(api.get("/api/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void theListPagesThroughContactsAndSortsByCompany() {
        for (int i = 1; i <= 27; i++) {
            api.post("/api/contacts", Map.of("firstName", "Person %02d".formatted(i), "company", "Co %02d".formatted(28 - i)));
        }
        browser.open("/contacts");
        assertThat(browser.find(".pager-range").getText()).isEqualTo("1\u201325 of 27");
        assertThat(browser.findAll("a[rel=prev]")).isEmpty();
        markPage(browser);

        browser.find("a[rel=next]").click();
        until(browser, driver -> browser.find(".pager-range").getText().equals("26\u201327 of 27"));
        assertThat(names()).containsExactly("Person 26", "Person 27");
        assertThat(samePage(browser)).as("paging swaps the table only").isTrue();

        browser.find("th:nth-child(2) a").click();
        until(browser, driver -> "ascending".equals(browser.find("th:nth-child(2)").getDomAttribute("aria-sort")));
        assertThat(names().get(0)).as("Co 01 first").isEqualTo("Person 27");
        assertThat(browser.find(".pager-range").getText()).as("a new order starts at the first page")
                .isEqualTo("1\u201325 of 27");
    }

    @Test
    void theOrderChosenStaysWhenASearchIsTypedAfterwards() {
        api.post("/api/contacts", Map.of("firstName", "Anna", "lastName", "Smith", "company", "Zenith"));
        api.post("/api/contacts", Map.of("firstName", "Bea", "lastName", "Smith", "company", "Acme"));
        api.post("/api/contacts", Map.of("firstName", "Cleo", "lastName", "Smith", "company", "Mondo"));
        api.post("/api/contacts", Map.of("firstName", "Dora", "lastName", "Jones", "company", "Beta"));
        browser.open("/contacts");
        browser.find("th:nth-child(2) a").click();
        until(browser, driver -> "ascending".equals(browser.find("th:nth-child(2)").getDomAttribute("aria-sort")));

        browser.find("#contact-search").sendKeys("smith");
        until(browser, driver -> names().size() == 3);

        assertThat(names()).as("still by company").containsExactly("Bea Smith", "Cleo Smith", "Anna Smith");
        assertThat(browser.find("th:nth-child(2)").getDomAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.driver().getCurrentUrl()).contains("q=smith").contains("sort=company");
    }

    @Test
    void severalTagsNarrowTheListTogetherThroughItsPagesAndNewestFirst() {
        String buyer = api.post("/api/tags", Map.of("name", "Buyer", "color", "#10B981")).text("id");
        String seller = api.post("/api/tags", Map.of("name", "Seller", "color", "#F59E0B")).text("id");
        tag(api.post("/api/contacts", Map.of("firstName", "Only", "lastName", "Buyer")).text("id"), buyer);
        tag(api.post("/api/contacts", Map.of("firstName", "Only", "lastName", "Seller")).text("id"), seller);
        for (int i = 1; i <= 26; i++) {
            tag(api.post("/api/contacts", Map.of("firstName", "Both", "lastName", "%02d".formatted(i))).text("id"), buyer, seller);
        }
        browser.open("/contacts");
        markPage(browser);

        toggleTag(buyer);
        until(browser, driver -> browser.find(".pager-range").getText().equals("1\u201325 of 27"));
        toggleTag(seller);
        until(browser, driver -> browser.find(".pager-range").getText().equals("1\u201325 of 26"));
        browser.find("a[rel=next]").click();
        until(browser, driver -> browser.find(".pager-range").getText().equals("26\u201326 of 26"));

        assertThat(names()).containsExactly("Both 26");
        assertThat(browser.driver().getCurrentUrl()).contains("tag=" + buyer).contains("tag=" + seller);

        browser.find(".results-actions a[href*='sort=created']").click();
        until(browser, driver -> browser.findAll(".results-actions a[aria-current=true]").size() == 1);

        assertThat(names()).as("the last added first").startsWith("Both 26", "Both 25");
        assertThat(browser.find(".pager-range").getText()).isEqualTo("1\u201325 of 26");

        toggleTag(seller);
        until(browser, driver -> browser.find(".pager-range").getText().equals("1\u201325 of 27"));
        browser.find("#contact-search").sendKeys("only");
        until(browser, driver -> names().size() == 1);

        assertThat(names()).containsExactly("Only Buyer");
        assertThat(browser.findAll(".results-actions a[aria-current=true]")).as("still newest first").hasSize(1);
        assertThat(samePage(browser)).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anotherUsersContactIsTheNotFoundPage() {
        var stranger = SignedInClient.signUp(new ApiClient(port));
        String theirs = stranger.post("/api/contacts", Map.of("firstName", "Secret")).text("id");

        browser.open("/contacts/" + theirs);

        assertThat(browser.find(".error-status").getText()).isEqualTo("404");
        browser.open("/contacts/" + UUID.randomUUID() + "/edit");
        assertThat(browser.find(".error-status").getText()).isEqualTo("404");
    }

    @Test
    void atPhoneWidthTheContactListFitsTheScreen() throws Exception {
        String tagId = api.post("/api/tags", Map.of("name", "Buyer with a rather long tag name", "color", "#10B981")).text("id");
        String id = api.post("/api/contacts", Map.of("firstName", "Maximiliana", "lastName", "Featherstonehaugh",
                "email", "maximiliana.featherstonehaugh@an-example-agency.com.au", "company", "Featherstonehaugh & Daughters",
                "phone", "+61 412 345 678")).text("id");
        api.put("/api/contacts/" + id + "/tags/" + tagId, Map.of());
        browser.phone();

        for (String page : List.of("/contacts", "/contacts/" + id, "/contacts/new", "/tags")) {
            browser.open(page);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as(page)
                    .isLessThanOrEqualTo(375L);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void tag(String contactId, String... tagIds) {
        for (String tagId : tagIds) {
            api.put("/api/contacts/" + contactId + "/tags/" + tagId, Map.of());
        }
    }

    /** A tag's chip in the filter: its check box is hidden behind it, as a user sees it. */
    private static void toggleTag(String tagId) {
        browser.find("#contact-filter input[name=tag][value='" + tagId + "']").findElement(By.xpath("..")).click();
    }

    /** Read in one script, as htmx may swap the table between reading one row and the next. */
    @SuppressWarnings("unchecked")
    private static List<String> names() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('.contact-name'), a => a.textContent.trim())");
    }
}
