package dev.foyer.clients.web;

import static dev.foyer.web.CrmUser.until;

import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.MutableClock;
import dev.foyer.web.Browser;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * What a realtor and a client do in the browser, step by step: sign in (the realtor with Google,
 * the client with the invited phone) and fill in the onboarding form field by field.
 */
final class ClientSteps {

    private final Browser browser;
    private final String realtorSubject = "google-" + UUID.randomUUID();
    private final String realtorToken;

    /** Signs a new realtor up through the API, named Rita Realtor, with the realtor account type. */
    ClientSteps(Browser browser, ApiClient api) {
        this.browser = browser;
        var signedUp = api.post("/api/auth/google", Map.of("idToken", idToken()));
        realtorToken = api.put("/api/me/role", Map.of("role", "realtor"), signedUp.text("accessToken"))
                .text("accessToken");
    }

    String realtorToken() {
        return realtorToken;
    }

    void signInAsRealtor() {
        signOut();
        browser.open("/sign-in");
        browser.script("document.querySelector('form[data-provider=google] input[name=idToken]').value = arguments[0]",
                idToken());
        browser.submit("form[data-provider=google] button[type=submit]");
    }

    void signInWithPhone(String phone) {
        signOut();
        browser.open("/sign-in");
        browser.find("#phone").sendKeys(phone);
        browser.submit("form[action='/sign-in/code'] button[type=submit]");
        browser.find("#code").sendKeys(FakeProviders.lastCode(phone));
        browser.submit("form[action='/sign-in/verify'] button[type=submit]");
    }

    void invite(String phone) {
        browser.open("/clients");
        browser.find("#invite-form input[name=phone]").sendKeys(phone);
        browser.submit("#invite-form .invite-submit");
    }

    /** Types into a field and leaves it, as a person would; waits until the field is swapped back saved or refused. */
    void type(String name, String text) {
        var before = browser.find("#field-" + name);
        var input = browser.find("#" + name);
        // Selects what is there and types over it: clear() would send a change of its own.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        awaitSwap(name, before);
    }

    void choose(String name, String value) {
        var before = browser.find("#field-" + name);
        browser.script("var select = document.getElementById(arguments[0]); select.value = arguments[1];"
                + "select.dispatchEvent(new Event('change', {bubbles: true}));", name, value);
        awaitSwap(name, before);
    }

    /** Date pickers take typed keys in the browser's locale; setting the value is what a picker does. */
    void date(String name, String isoDate) {
        choose(name, isoDate);
    }

    String value(String name) {
        return browser.find("#" + name).getDomProperty("value");
    }

    private void signOut() {
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
    }

    /** Waits until htmx has swapped the field for the server's answer: saved, or refused with its error. */
    private void awaitSwap(String name, WebElement before) {
        until(browser, driver -> stale(before)
                && !browser.findAll("#field-" + name + " .field-saved, #field-" + name + " .field-error").isEmpty());
    }

    private static boolean stale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    private String idToken() {
        return FakeProviders.GOOGLE.idToken(realtorSubject, null, "Rita Realtor", MutableClock.SHARED.instant());
    }
}
