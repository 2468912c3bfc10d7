package dev.foyer.demo;

import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.identity.OtpWindows;
import dev.foyer.identity.TestPhones;
import dev.foyer.identity.web.SignInSteps;
import dev.foyer.web.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 4's walk through: the demo user signs in, searches, tags a new contact, drags a deal. */
@FoyerIntegrationTest
class DemoUserBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    DemoData demo;

    String phone;

    @BeforeEach
    void demoUserSignsIn() {
        OtpWindows.startAFreshAddressWindow();
        phone = TestPhones.next();
        demo.load(phone);
        SignInSteps.asAnonymousVisitor(browser);
        SignInSteps.signIn(browser, phone);
    }

    @Test
    void theDemoUserSearchesTagsANewContactAndDragsADealWhileTheTotalsFollow() {
        browser.open("/contacts");
        browser.find("#contact-search").sendKeys("sarah");
        until(browser, driver -> names().size() == 1);
        assertThat(names()).containsExactly("Sarah Chen");

        browser.open("/contacts/new");
        browser.find("#firstName").sendKeys("Nina");
        browser.find("#lastName").sendKeys("Demo");
        browser.find("form.form button[type=submit]").click();
        until(browser, driver -> browser.find("h1").getText().equals("Nina Demo"));
        new org.openqa.selenium.support.ui.Select(browser.find("#add-tag")).selectByVisibleText("VIP");
        browser.find("form.inline-form button[type=submit]").click();
        until(browser, driver -> !browser.findAll(".tag-list .chip-name").isEmpty());
        assertThat(browser.find(".tag-list .chip-name").getText()).isEqualTo("VIP");

        browser.open("/pipeline");
        assertThat(total("Prospecting")).isEqualTo("A$5,000");
        assertThat(total("Qualification")).isEqualTo("A$12,000");
        var card = browser.find(".board-column[data-stage='Prospecting'] .deal-card");
        new Actions(browser.driver())
                .moveToElement(card.findElement(By.cssSelector(".drag-handle")))
                .clickAndHold()
                .moveByOffset(20, 20)
                .moveToElement(browser.find(".board-column[data-stage='Qualification'] .column-header"))
                .release()
                .perform();
        until(browser, driver -> "A$17,000".equals(total("Qualification")));

        assertThat(total("Prospecting")).isEqualTo("Nothing yet");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Read in one script, as htmx may swap the table between reading one row and the next. */
    @SuppressWarnings("unchecked")
    private static List<String> names() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('.contact-name'), a => a.textContent.trim())");
    }

    private static String total(String stage) {
        return (String) browser.script("var t = document.querySelector(\".board-column[data-stage='\" + arguments[0]"
                + " + \"'] .column-total\"); return t ? t.textContent.trim() : ''", stage);
    }
}
