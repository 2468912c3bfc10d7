package dev.foyer.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.foyer.ApiClient;
import dev.foyer.FakeProviders;
import dev.foyer.MutableClock;
import dev.foyer.SignedInClient;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh realtor, signed in twice as the same user: as an API client (to make data quickly and to
 * check what a page did) and in the browser (through the sign-in page's Google form, with a token
 * the fake Google signed for the same account). Google rather than a phone code: codes are
 * throttled per address, and every test calls from 127.0.0.1.
 */
public final class CrmUser {

    private CrmUser() {
    }

    /** Signs up through the API with a role, then signs the browser in; the browser ends on the dashboard. */
    public static SignedInClient signIn(Browser browser, ApiClient api) {
        String subject = "google-" + UUID.randomUUID();
        var signedIn = api.post("/api/auth/google", Map.of("idToken", idToken(subject)));
        if (signedIn.status() != 200) {
            throw new AssertionError("Could not sign up: " + signedIn.raw().body());
        }
        var chosen = api.put("/api/me/role", Map.of("role", "realtor"), signedIn.text("accessToken"));
        if (chosen.status() != 200) {
            throw new AssertionError("Could not choose a role: " + chosen.raw().body());
        }
        var client = new SignedInClient(api, UUID.fromString(signedIn.json().path("user").path("id").asString()),
                chosen.text("accessToken"), signedIn.text("refreshToken"));

        browser.open("/");
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.script("document.querySelector('form[data-provider=google] input[name=idToken]').value = arguments[0]",
                idToken(subject));
        submit(browser, "form[data-provider=google] button[type=submit]");
        return client;
    }

    /** Clicks a button that submits a form, and waits until the next page has replaced this one. */
    public static void submit(Browser browser, String buttonSelector) {
        browser.submit(buttonSelector);
    }

    /** Waits for the condition; an element htmx swapped away while it was read just means "not yet". */
    public static <T> T until(Browser browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** The path of the page the browser shows. */
    public static String path(Browser browser) {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    /**
     * Marks this page; {@link #samePage} stays true until the browser loads another one, so a test can
     * tell that htmx swapped part of the page rather than the browser loading a new one.
     */
    public static void markPage(Browser browser) {
        browser.script("window.foyerTestMark = true");
    }

    public static boolean samePage(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return window.foyerTestMark === true"));
    }

    private static String idToken(String subject) {
        return FakeProviders.GOOGLE.idToken(subject, null, "Rita Realtor", MutableClock.SHARED.instant());
    }
}
