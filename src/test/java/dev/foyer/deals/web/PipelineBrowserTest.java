package dev.foyer.deals.web;

import static dev.foyer.web.CrmUser.markPage;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class PipelineBrowserTest {

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
    void draggingACardFromProspectingToProposalMovesTheDealAndBothColumnsTotals() throws Exception {
        String contact = api.post("/api/contacts", Map.of("firstName", "Grace", "lastName", "Hopper")).text("id");
        String villa = deal("Villa by the sea", "500000", "Prospecting", contact);
        deal("Flat in town", "100000", "Prospecting", null);
        deal("Farmhouse", "200000", "Proposal", null);
        browser.open("/pipeline");
        assertThat(count("Prospecting")).isEqualTo("2 deals");
        assertThat(total("Prospecting")).isEqualTo("A$600,000");
        assertThat(count("Proposal")).isEqualTo("1 deal");
        assertThat(total("Proposal")).isEqualTo("A$200,000");
        assertThat(card(villa).getText()).contains("Villa by the sea", "A$500,000", "Grace Hopper");
        markPage(browser);

        new Actions(browser.driver())
                .moveToElement(card(villa).findElement(By.cssSelector(".drag-handle")))
                .clickAndHold()
                .moveByOffset(20, 20)
                .moveToElement(column("Proposal").findElement(By.cssSelector(".column-header")))
                .release()
                .perform();
        until(browser, driver -> "2 deals".equals(count("Proposal")));

        assertThat(total("Proposal")).isEqualTo("A$700,000");
        assertThat(count("Prospecting")).isEqualTo("1 deal");
        assertThat(total("Prospecting")).isEqualTo("A$100,000");
        assertThat(column("Proposal").getText()).contains("Villa by the sea");
        assertThat(samePage(browser)).as("the board was redrawn in place").isTrue();
        assertThat(api.get("/api/deals/" + villa).text("stage")).isEqualTo("Proposal");
        assertThat(browser.find("#board-status").getDomProperty("textContent")).isEqualTo("Villa by the sea moved to Proposal.");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.open("/deals/" + villa);
        assertThat(browser.find(".timeline-entry .timeline-text").getText()).as("newest first")
                .isEqualTo("Moved from Prospecting to Proposal");
        assertThat(browser.find("#deal-stage").getText()).isEqualTo("Proposal");
    }

    @Test
    void aCardDroppedBetweenTwoOthersStaysThereWithinItsColumnAndInAnother() {
        String lowest = deal("Lowest", "1000", "Prospecting", null);
        deal("Middle", "1000", "Prospecting", null);
        String highest = deal("Highest", "1000", "Prospecting", null);
        String pitchOne = deal("Pitch one", "5000", "Proposal", null);
        deal("Pitch two", "5000", "Proposal", null);
        browser.open("/pipeline");
        assertThat(titles("Prospecting")).isEqualTo("Highest|Middle|Lowest");
        markPage(browser);

        dropOnTopEdgeOf(highest, lowest);
        until(browser, driver -> "Middle|Highest|Lowest".equals(titles("Prospecting")));
        dropOnTopEdgeOf(lowest, pitchOne);
        until(browser, driver -> "Pitch two|Lowest|Pitch one".equals(titles("Proposal")));

        assertThat(samePage(browser)).isTrue();
        assertThat(total("Proposal")).isEqualTo("A$11,000");
        assertThat(count("Prospecting")).isEqualTo("2 deals");
        browser.open("/pipeline");
        assertThat(titles("Prospecting")).isEqualTo("Middle|Highest");
        assertThat(titles("Proposal")).isEqualTo("Pitch two|Lowest|Pitch one");
        browser.open("/deals/" + highest);
        assertThat(browser.find(".timeline-entry .timeline-text").getText()).as("a reorder is no move")
                .isEqualTo("Created in Prospecting");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theMoveToFormMovesACardWithoutDragging() {
        String deal = deal("Townhouse", "350000.50", "Qualification", null);
        browser.open("/pipeline");
        markPage(browser);

        new Select(card(deal).findElement(By.cssSelector("select"))).selectByVisibleText("Closed Won");
        card(deal).findElement(By.cssSelector(".move-form button")).click();
        until(browser, driver -> "1 deal".equals(count("Closed Won")));

        assertThat(total("Closed Won")).isEqualTo("A$350,000.50");
        assertThat(count("Qualification")).isEqualTo("No deals");
        assertThat(samePage(browser)).isTrue();
        assertThat(api.get("/api/deals/" + deal).text("status")).isEqualTo("won");
    }

    @Test
    void draggingACardWhoseDealWasDeletedElsewhereSaysSoAndRedrawsTheBoardAsItIs() {
        String dragged = deal("Gone by drag", "1000", "Prospecting", null);
        deal("Still here", "3000", "Prospecting", null);
        browser.open("/pipeline");
        assertThat(count("Prospecting")).isEqualTo("2 deals");
        markPage(browser);
        api.delete("/api/deals/" + dragged);

        new Actions(browser.driver())
                .moveToElement(card(dragged).findElement(By.cssSelector(".drag-handle")))
                .clickAndHold()
                .moveByOffset(20, 20)
                .moveToElement(column("Proposal").findElement(By.cssSelector(".column-header")))
                .release()
                .perform();
        until(browser, driver -> "1 deal".equals(count("Prospecting")));

        assertThat(browser.find("#board-status").getText()).startsWith("That card could not move");
        assertThat(browser.findAll(".deal-card[data-deal-id='" + dragged + "']")).isEmpty();
        assertThat(browser.findAll(".is-moving, .is-dragging")).as("no card is left half-moved").isEmpty();
        assertThat(titles("Prospecting")).isEqualTo("Still here");
        assertThat(total("Prospecting")).isEqualTo("A$3,000");
        assertThat(count("Proposal")).isEqualTo("No deals");
        assertThat(samePage(browser)).as("the board was redrawn in place").isTrue();
    }

    @Test
    void theMoveToFormOfADealDeletedElsewhereSaysSoInsteadOfDoingNothing() {
        String chosen = deal("Gone by form", "2000", "Prospecting", null);
        browser.open("/pipeline");
        markPage(browser);
        api.delete("/api/deals/" + chosen);

        new Select(card(chosen).findElement(By.cssSelector("select"))).selectByVisibleText("Closed Won");
        card(chosen).findElement(By.cssSelector(".move-form button")).click();
        until(browser, driver -> !browser.find("#board-status").getText().isEmpty());

        assertThat(browser.find("#board-status").getText()).startsWith("That card could not move");
        assertThat(browser.findAll(".deal-card")).isEmpty();
        assertThat(count("Closed Won")).isEqualTo("No deals");
        assertThat(samePage(browser)).as("the board was redrawn in place").isTrue();
    }

    @Test
    void aCardHeldAtTheBoardsRightEdgeScrollsTheBoardToColumnsOffScreen() {
        String deal = deal("Far mover", "1000", "Prospecting", null);
        browser.open("/pipeline");
        var board = browser.find("#board");
        assertThat(lastColumnInView()).as("the last column starts off screen").isFalse();

        new Actions(browser.driver())
                .moveToElement(card(deal).findElement(By.cssSelector(".drag-handle")))
                .clickAndHold()
                .moveByOffset(20, 20)
                .moveToElement(board, board.getRect().getWidth() / 2 - 10, 0)
                .perform();
        until(browser, driver -> lastColumnInView());
        new Actions(browser.driver())
                .moveToElement(column("Closed Lost").findElement(By.cssSelector(".column-header")))
                .release()
                .perform();
        until(browser, driver -> "1 deal".equals(count("Closed Lost")));

        assertThat(api.get("/api/deals/" + deal).text("stage")).isEqualTo("Closed Lost");
        assertThat((Long) browser.script("return document.getElementById('board').scrollLeft"))
                .as("redrawn, the board stays scrolled to its last column, and no further")
                .isEqualTo((Long) browser.script("var b = document.getElementById('board'); return b.scrollWidth - b.clientWidth"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theUpAndDownButtonsReorderACardWithoutDragging() {
        deal("Lower", "1000", "Qualification", null);
        String upper = deal("Upper", "1000", "Qualification", null);
        String lower = api.get("/api/deals?stage=Qualification&q=Lower").json().path("items").get(0).path("id").asString();
        browser.open("/pipeline");
        assertThat(card(upper).findElements(By.cssSelector(".reorder-up"))).as("the top card has no Up").isEmpty();
        markPage(browser);

        card(upper).findElement(By.cssSelector(".reorder-down button")).click();
        until(browser, driver -> "Lower|Upper".equals(titles("Qualification")));
        card(upper).findElement(By.cssSelector(".reorder-up button")).click();
        until(browser, driver -> "Upper|Lower".equals(titles("Qualification")));

        assertThat(samePage(browser)).isTrue();
        assertThat(card(lower).findElement(By.cssSelector(".reorder-up button")).getAccessibleName())
                .isEqualTo("Move Lower up");
        browser.open("/pipeline");
        assertThat(titles("Qualification")).isEqualTo("Upper|Lower");
    }

    @Test
    void withoutJavaScriptTheMoveFormPostsAndComesBackToTheBoard() {
        String deal = deal("Cottage", "90000", "Prospecting", null);
        browser.open("/pipeline");
        // As a browser without htmx would send it: a plain form submission.
        browser.script("document.querySelector('[data-deal-id=\"" + deal + "\"] select').value = 'Negotiation';"
                + "HTMLFormElement.prototype.submit.call(document.querySelector('[data-deal-id=\"" + deal + "\"] form'))");
        until(browser, driver -> "1 deal".equals(count("Negotiation")));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/pipeline");
    }

    @Test
    void aLongColumnShowsMoreCardsOnRequest() {
        for (int i = 1; i <= 22; i++) {
            deal("Lot " + i, "1000", "Negotiation", null);
        }
        browser.open("/pipeline");
        assertThat(cards("Negotiation")).isEqualTo(20);
        assertThat(count("Negotiation")).isEqualTo("22 deals");
        markPage(browser);

        column("Negotiation").findElement(By.cssSelector(".card-more a")).click();
        until(browser, driver -> cards("Negotiation") == 22);

        assertThat(column("Negotiation").findElements(By.cssSelector(".card-more"))).isEmpty();
        assertThat(column("Negotiation").getText()).contains("Lot 1\n").contains("Lot 22");
        assertThat(samePage(browser)).isTrue();
    }

    /** Lot 22 down to Lot 1: the first page ends with Lot 3, the second starts with Lot 2. */
    @Test
    void upOnTheFirstCardOfTheNextPageMovesItOverTheLastCardOfThePageBefore() {
        var lots = new java.util.ArrayList<String>();
        for (int i = 1; i <= 22; i++) {
            lots.add(deal("Lot " + i, "1000", "Negotiation", null));
        }
        String lot1 = lots.get(0);
        String lot2 = lots.get(1);
        String lot3 = lots.get(2);
        browser.open("/pipeline");
        assertThat(card(lot3).findElements(By.cssSelector(".reorder-down"))).as("the first page's last card, over the next page")
                .hasSize(1);
        markPage(browser);

        column("Negotiation").findElement(By.cssSelector(".card-more a")).click();
        until(browser, driver -> cards("Negotiation") == 22);
        assertThat(card(lot1).findElements(By.cssSelector(".reorder-down"))).as("the column's last card").isEmpty();
        card(lot2).findElement(By.cssSelector(".reorder-up button")).click();
        until(browser, driver -> titles("Negotiation").endsWith("|Lot 4|Lot 2"));

        assertThat(samePage(browser)).isTrue();
        assertThat(cards("Negotiation")).as("the board redrawn from its first page").isEqualTo(20);
        var column = api.get("/api/pipeline/" + column("Negotiation").getDomAttribute("data-stage-id") + "?offset=18")
                .json();
        assertThat(column.path("deals").findValuesAsString("title")).containsExactly("Lot 4", "Lot 2", "Lot 3", "Lot 1");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void atPhoneWidthTheBoardScrollsWithinItselfNotThePage() throws Exception {
        deal("A deal with quite a long title to wrap on a phone", "1250000", "Prospecting", null);
        browser.phone();
        browser.open("/pipeline");

        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        var board = browser.find("#board");
        assertThat((Long) browser.script("return arguments[0].scrollWidth", board))
                .as("the columns scroll sideways inside the board")
                .isGreaterThan((Long) browser.script("return arguments[0].clientWidth", board));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private String deal(String title, String value, String stage, String contactId) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", title, "value", value, "stage", stage));
        if (contactId != null) {
            body.put("contactId", contactId);
        }
        var created = api.post("/api/deals", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("id");
    }

    /** Drags the card by its handle and lets go just inside the top edge of the other card: right above it. */
    private static void dropOnTopEdgeOf(String dealId, String targetId) {
        var target = card(targetId);
        new Actions(browser.driver())
                .moveToElement(card(dealId).findElement(By.cssSelector(".drag-handle")))
                .clickAndHold()
                .moveByOffset(20, 20)
                .moveToElement(target, 0, -target.getRect().getHeight() / 2 + 3)
                .release()
                .perform();
    }

    /** The column's card titles top to bottom, joined by "|", read by script in one go. */
    private static String titles(String stage) {
        return (String) browser.script("return Array.from(document.querySelectorAll(\".board-column[data-stage='\""
                + " + arguments[0] + \"'] .deal-title\")).map(function (a) { return a.textContent.trim(); }).join('|')",
                stage);
    }

    private static WebElement column(String stage) {
        return browser.find(".board-column[data-stage='" + stage + "']");
    }

    private static WebElement card(String dealId) {
        return browser.find(".deal-card[data-deal-id='" + dealId + "']");
    }

    /** Read by script in one go: the board may be redrawn between two reads. */
    private static String count(String stage) {
        return (String) browser.script("var c = document.querySelector(\".board-column[data-stage='\" + arguments[0]"
                + " + \"'] .column-count\"); return c && c.textContent.trim()", stage);
    }

    private static String total(String stage) {
        return (String) browser.script("return document.querySelector(\".board-column[data-stage='\" + arguments[0]"
                + " + \"'] .column-total\").textContent.trim()", stage);
    }

    /** Whether the board's last column shows whole within the board. */
    private static boolean lastColumnInView() {
        return (Boolean) browser.script("var b = document.getElementById('board').getBoundingClientRect();"
                + " var c = document.querySelector('.board-column:last-of-type').getBoundingClientRect();"
                + " return c.left >= b.left && c.right <= b.right + 1");
    }

    private static long cards(String stage) {
        return (Long) browser.script("return document.querySelectorAll(\".board-column[data-stage='\" + arguments[0]"
                + " + \"'] .deal-card\").length", stage);
    }
}
