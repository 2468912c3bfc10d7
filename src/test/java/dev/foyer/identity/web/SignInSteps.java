package dev.foyer.identity.web;

import java.net.URI;
import java.time.Duration;

import dev.foyer.FakeProviders;
import dev.foyer.web.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a visitor does in the browser to sign in, for the identity pages' browser tests. */
public final class SignInSteps {

    private SignInSteps() {
    }

    public static void asAnonymousVisitor(Browser browser) {
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
    }

    /** Types the phone on the sign-in page and asks for a code. */
    static void askForCode(Browser browser, String phone) {
        browser.open("/sign-in");
        browser.find("#phone").sendKeys(phone);
        submit(browser, "form[action='/sign-in/code'] button[type=submit]");
    }

    /** Types a code on the code form and signs in with it. */
    static void enterCode(Browser browser, String code) {
        browser.find("#code").sendKeys(code);
        submit(browser, "form[action='/sign-in/verify'] button[type=submit]");
    }

    /** The whole phone sign-in, with the code the server texted; lands on the role choice for a new user. */
    public static void signIn(Browser browser, String phone) {
        askForCode(browser, phone);
        waitFor(browser, "#code");
        enterCode(browser, FakeProviders.lastCode(phone));
    }

    /** Clicks a button that submits a form, and waits until the next page has replaced this one. */
    static void submit(Browser browser, String buttonSelector) {
        browser.submit(buttonSelector);
    }

    static void waitFor(Browser browser, String cssSelector) {
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    static String path(Browser browser) {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static WebDriverWait wait(Browser browser) {
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }
}
