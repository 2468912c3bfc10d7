package dev.foyer.contacts.web;

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
class TagPagesBrowserTest {

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
    void aTagIsCreatedWithItsColorAndCountsTheContactsThatCarryIt() throws Exception {
        browser.open("/tags");
        browser.find("#name").sendKeys("Landlord");
        browser.script("document.getElementById('color').value = '#f59e0b'");
        submit(browser, ".tag-create button[type=submit]");

        assertThat(browser.find(".form-status").getText()).isEqualTo("The tag was added.");
        var tag = api.get("/api/tags").json().path(0);
        assertThat(tag.path("color").asString()).isEqualTo("#F59E0B");
        String contact = api.post("/api/contacts", Map.of("firstName", "Lou")).text("id");
        api.put("/api/contacts/" + contact + "/tags/" + tag.path("id").asString(), Map.of());
        browser.open("/tags");
        assertThat(browser.find(".tag-row .chip-name").getText()).isEqualTo("Landlord");
        assertThat(browser.find(".tag-row circle").getDomAttribute("fill")).isEqualTo("#F59E0B");
        assertThat(browser.find(".tag-count").getText()).isEqualTo("1 contact");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aDuplicateNameIsRefusedNextToTheField() {
        api.post("/api/tags", Map.of("name", "VIP", "color", "#111111"));
        browser.open("/tags");
        browser.find("#name").sendKeys("VIP");
        submit(browser, ".tag-create button[type=submit]");

        assertThat(browser.find(".tag-create .field-error").getText()).isEqualTo("You already have a tag with this name.");
        assertThat(browser.find("#name").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aTagIsRenamedRecoloredAndDeletedAfterAConfirmation() {
        String id = api.post("/api/tags", Map.of("name", "Cold", "color", "#3B82F6")).text("id");
        api.post("/api/tags", Map.of("name", "Warm", "color", "#EF4444"));
        browser.open("/tags");
        var name = browser.find("#name-" + id);
        name.clear();
        name.sendKeys("Warm");
        submit(browser, "li[data-tag-id='" + id + "'] .tag-fields button");

        assertThat(browser.find("li[data-tag-id='" + id + "'] .field-error").getText())
                .as("a clash shows on the row edited").isEqualTo("You already have a tag with this name.");
        assertThat(browser.find("#name-" + id).getDomProperty("value")).isEqualTo("Warm");

        browser.find("#name-" + id).clear();
        browser.find("#name-" + id).sendKeys("Lukewarm");
        browser.script("document.getElementById('color-" + id + "').value = '#10b981'");
        submit(browser, "li[data-tag-id='" + id + "'] .tag-fields button");
        assertThat(browser.find(".form-status").getText()).isEqualTo("The tag was saved.");
        assertThat(api.get("/api/tags").json().findValuesAsString("name")).contains("Lukewarm");

        browser.find("li[data-tag-id='" + id + "'] .tag-delete button").click();
        browser.driver().switchTo().alert().dismiss();
        assertThat(browser.findAll(".tag-row")).as("dismissed: nothing deleted").hasSize(2);
        browser.find("li[data-tag-id='" + id + "'] .tag-delete button").click();
        browser.driver().switchTo().alert().accept();
        CrmUser.until(browser, driver -> browser.findAll(".tag-row").size() == 1);
        assertThat(browser.findAll(".tag-row .chip-name")).extracting(WebElement::getText).containsExactly("Warm");
    }
}
