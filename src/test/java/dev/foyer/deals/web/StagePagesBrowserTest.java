package dev.foyer.deals.web;

import static dev.foyer.web.CrmUser.submit;
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
class StagePagesBrowserTest {

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
    void aStageIsAddedRenamedMovedAndRemovedFromTheBoardsOwnLink() {
        browser.open("/pipeline");
        browser.find("a[href='/pipeline/stages']").click();
        CrmUser.until(browser, driver -> CrmUser.path(browser).equals("/pipeline/stages"));
        assertThat(names()).containsExactly("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won",
                "Closed Lost");

        browser.find("#name").sendKeys("Viewing");
        submit(browser, ".stage-create button[type=submit]");
        assertThat(browser.find(".form-status").getText()).isEqualTo("The stage was added at the end of the pipeline.");
        assertThat(names()).endsWith("Closed Lost", "Viewing");
        String id = stageId("Viewing");
        assertThat(row(id).getText()).contains("Open", "No deals");

        browser.find("#name-" + id).clear();
        browser.find("#name-" + id).sendKeys("Site visit");
        submit(browser, "#stage-" + id + " .stage-edit button");
        assertThat(browser.find(".form-status").getText()).isEqualTo("The stage was saved.");
        assertThat(names()).endsWith("Closed Lost", "Site visit");

        submit(browser, "#stage-" + id + " .stage-up");
        assertThat(names()).endsWith("Closed Won", "Site visit", "Closed Lost");

        browser.open("/pipeline");
        assertThat(browser.findAll(".board-column .column-name")).extracting(WebElement::getText)
                .containsExactly("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won",
                        "Site visit", "Closed Lost");

        api.post("/api/deals", Map.of("title", "Cottage", "value", "90000", "stage", "Prospecting"));
        api.post("/api/deals", Map.of("title", "Loft", "value", "120000", "stage", "Prospecting"));
        browser.open("/pipeline/stages");
        String prospecting = stageId("Prospecting");
        browser.find("#stage-" + prospecting + " .stage-delete button").click();
        browser.driver().switchTo().alert().accept();
        CrmUser.until(browser, driver -> !browser.findAll(".stage-refusal").isEmpty());
        var refusal = browser.find("#stage-" + prospecting + " .stage-refusal");
        assertThat(refusal.getText()).contains("Move its 2 deals to another stage first.");
        assertThat(refusal.findElement(org.openqa.selenium.By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("/pipeline");
        assertThat(names()).contains("Prospecting");

        browser.find("#stage-" + id + " .stage-delete button").click();
        browser.driver().switchTo().alert().accept();
        CrmUser.until(browser, driver -> names().size() == 6);
        assertThat(browser.find(".form-status").getText()).isEqualTo("The stage was removed.");
        assertThat(names()).doesNotContain("Site visit");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aBlankNameADuplicateNameAndABadColorAreShownNextToTheField() {
        browser.open("/pipeline/stages");
        submit(browser, ".stage-create button[type=submit]");
        assertThat(browser.find(".stage-create .field-error").getText()).isEqualTo("Enter a name.");
        assertThat(browser.find("#name").getDomAttribute("aria-invalid")).isEqualTo("true");

        browser.find("#name").sendKeys("Proposal");
        submit(browser, ".stage-create button[type=submit]");
        assertThat(browser.find(".stage-create .field-error").getText())
                .isEqualTo("You already have a stage with this name.");

        browser.find("#name").clear();
        browser.find("#name").sendKeys("Valuation");
        browser.script("var c = document.getElementById('color'); c.type = 'text'; c.value = 'teal'");
        submit(browser, ".stage-create button[type=submit]");
        assertThat(browser.find(".stage-create .field-error").getText()).isEqualTo("Choose a color.");
        assertThat(api.get("/api/stages").json().findValuesAsString("name")).hasSize(6).doesNotContain("Valuation");
    }

    @Test
    void aRenameThatClashesOrIsBlankIsRefusedOnItsOwnRow() {
        browser.open("/pipeline/stages");
        String id = stageId("Qualification");
        browser.find("#name-" + id).clear();
        browser.find("#name-" + id).sendKeys("Proposal");
        submit(browser, "#stage-" + id + " .stage-edit button");
        assertThat(browser.find("#stage-" + id + " .field-error").getText())
                .isEqualTo("You already have a stage with this name.");
        assertThat(browser.find("#name-" + id).getDomProperty("value")).isEqualTo("Proposal");

        browser.find("#name-" + id).clear();
        submit(browser, "#stage-" + id + " .stage-edit button");
        assertThat(browser.find("#stage-" + id + " .field-error").getText()).isEqualTo("Enter a name.");
        assertThat(api.get("/api/stages").json().findValuesAsString("name")).contains("Qualification");
    }

    @Test
    void theLastOpenStageIsKeptWithTheServicesReasonOnItsRow() {
        for (var stage : api.get("/api/stages").json()) {
            if (!stage.path("name").asString().equals("Prospecting") && stage.path("outcome").asString().equals("open")) {
                api.delete("/api/stages/" + stage.path("id").asString());
            }
        }
        browser.open("/pipeline/stages");
        String prospecting = stageId("Prospecting");
        browser.find("#stage-" + prospecting + " .stage-delete button").click();
        browser.driver().switchTo().alert().accept();
        CrmUser.until(browser, driver -> !browser.findAll(".stage-refusal").isEmpty());
        assertThat(browser.find("#stage-" + prospecting + " .stage-refusal").getText())
                .isEqualTo("Prospecting is the last open stage; at least one stage must stay open.");

        new org.openqa.selenium.support.ui.Select(browser.find("#outcome-" + prospecting)).selectByValue("won");
        submit(browser, "#stage-" + prospecting + " .stage-edit button");
        assertThat(browser.find("#stage-" + prospecting + " .field-error").getText())
                .contains("last open stage");
        assertThat(names()).containsExactly("Prospecting", "Closed Won", "Closed Lost");
    }

    @Test
    void anotherUsersStageIsNotFoundOnEveryPageEndpointAndStaysAsItWas() {
        var other = SignedInClient.signUp(new ApiClient(port));
        var before = other.get("/api/stages").raw().body();
        String theirs = other.get("/api/stages").json().path(0).path("id").asString();
        browser.open("/pipeline/stages");

        assertThat(post("/pipeline/stages/" + theirs, "name=Mine&color=%23000000&outcome=won")).isEqualTo(404L);
        assertThat(post("/pipeline/stages/" + theirs + "/move", "direction=down")).isEqualTo(404L);
        assertThat(post("/pipeline/stages/" + theirs + "/delete", "")).isEqualTo(404L);
        assertThat(other.get("/api/stages").raw().body()).isEqualTo(before);
    }

    @Test
    void onAPhoneThePageFitsAndAStageMovesDownWithAButton() {
        browser.phone();
        try {
            browser.open("/pipeline/stages");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
            assertThat(browser.find("#stage-" + stageId("Prospecting") + " .stage-up").isEnabled()).isFalse();
            submit(browser, "#stage-" + stageId("Prospecting") + " .stage-down");
            assertThat(names()).startsWith("Qualification", "Prospecting");
            assertThat(api.get("/api/stages").json().path(0).path("name").asString()).isEqualTo("Qualification");
        } finally {
            browser.desktop();
        }
    }

    private List<String> names() {
        return browser.findAll(".stage-row .stage-name").stream().map(WebElement::getText).toList();
    }

    private String stageId(String name) {
        return browser.findAll(".stage-row").stream()
                .filter(row -> row.findElement(org.openqa.selenium.By.cssSelector(".stage-name")).getText().equals(name))
                .findFirst().orElseThrow().getDomAttribute("data-stage-id");
    }

    private WebElement row(String id) {
        return browser.find("#stage-" + id);
    }

    /**
     * Posts a form body from the page with the current CSRF token (read from the cookie, since each
     * 404 page hands out a new one), as a hand-edited form would; returns the status.
     */
    private Long post(String path, String body) {
        return (Long) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var headers = Object.assign({'Content-Type': 'application/x-www-form-urlencoded'}, Foyer.csrfHeaders());
                fetch(arguments[0], {method: 'POST', headers: headers, body: arguments[1], redirect: 'manual'})
                    .then(function (r) { done(r.status); });
                """, path, body);
    }
}
