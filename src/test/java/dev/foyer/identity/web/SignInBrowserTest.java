package dev.foyer.identity.web;

import dev.foyer.identity.OtpWindows;
import static dev.foyer.identity.web.SignInSteps.askForCode;
import static dev.foyer.identity.web.SignInSteps.enterCode;
import static dev.foyer.identity.web.SignInSteps.path;
import static dev.foyer.identity.web.SignInSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.foyer.FakeProviders;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.identity.TestPhones;
import dev.foyer.web.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

@FoyerIntegrationTest
class SignInBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void anonymous() {
        SignInSteps.asAnonymousVisitor(browser);
        OtpWindows.startAFreshAddressWindow();
    }

    @Test
    void aVisitorSignsInWithAPhoneChoosesRealtorAndLandsOnTheDashboard() {
        String phone = TestPhones.next();

        askForCode(browser, phone);

        assertThat(browser.find("h1").getText()).isEqualTo("Enter your code");
        assertThat(browser.find(".lead").getText()).contains(phone);
        assertThat(browser.find("input[type=hidden][name=phone]").getDomProperty("value")).isEqualTo(phone);

        enterCode(browser, FakeProviders.lastCode(phone));

        assertThat(path(browser)).isEqualTo("/role");
        assertThat(browser.findAll(".role-name")).extracting(WebElement::getText)
                .containsExactly("Creator", "Agency", "Brand", "Gifter", "Realtor", "Client");
        assertThat(browser.findAll("input[name=role][value=admin]")).isEmpty();
        String refreshCookie = browser.driver().manage().getCookieNamed("foyer_refresh").getValue();

        browser.find("input[name=role][value=realtor]").click();
        submit(browser, "form[action='/role'] button[type=submit]");

        assertThat(path(browser)).isEqualTo("/dashboard");
        assertThat(navigation()).containsExactly("Dashboard", "Contacts", "Accounts", "Pipeline", "Tags", "Clients", "Devices", "Sign out");
        // The role page reissued the access token: the browser was not left to fall back on its refresh token.
        assertThat(browser.driver().manage().getCookieNamed("foyer_refresh").getValue()).isEqualTo(refreshCookie);
        browser.open("/role");
        assertThat(path(browser)).as("the role is chosen once").isEqualTo("/dashboard");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void adminIsRefusedEvenFromAForgedRoleForm() {
        SignInSteps.signIn(browser, TestPhones.next());
        browser.script("document.querySelector('input[name=role][value=creator]').value = 'admin'");

        browser.find("input[name=role][value=admin]").click();
        submit(browser, "form[action='/role'] button[type=submit]");

        assertThat(path(browser)).isEqualTo("/role");
        assertThat(browser.find("#role-error").getText()).isEqualTo("Choose one of the account types below.");
        browser.open("/role");
        assertThat(path(browser)).as("still to be chosen").isEqualTo("/role");
    }

    @Test
    void aWrongCodeIsShownNextToTheCodeField() {
        String phone = TestPhones.next();
        askForCode(browser, phone);
        String wrong = FakeProviders.lastCode(phone).equals("000000") ? "111111" : "000000";

        enterCode(browser, wrong);

        assertThat(browser.find("#code-error").getText())
                .isEqualTo("That code is wrong or has expired. Check the text message, or send a new code.");
        assertThat(browser.find("#code").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("input[type=hidden][name=phone]").getDomProperty("value")).isEqualTo(phone);
        assertThat(navigation()).contains("Sign in");
    }

    @Test
    void aNumberThatIsNoPhoneIsShownNextToThePhoneField() {
        askForCode(browser, "12");

        assertThat(browser.find("h1").getText()).isEqualTo("Sign in to Foyer");
        assertThat(browser.find("#phone-error").getText()).startsWith("That does not look like a mobile number.");
        assertThat(browser.find("#phone").getDomProperty("value")).isEqualTo("12");
    }

    @Test
    void aSecondCodeTooSoonSaysHowLongToWait() {
        askForCode(browser, TestPhones.next());

        submit(browser, "form[action='/sign-in/resend'] button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Enter your code");
        assertThat(browser.find(".form-error").getText())
                .matches("A code was sent moments ago\\. Please wait \\d+ seconds? before asking for another\\.");
    }

    @Test
    void googleAndFacebookButtonsShowBecauseTheTestServerHasBothConfigured() {
        browser.open("/sign-in");

        assertThat(browser.find("form[action='/sign-in/google'] button").getText()).isEqualTo("Continue with Google");
        assertThat(browser.find("form[action='/sign-in/facebook'] button").getText())
                .isEqualTo("Continue with Facebook");
    }

    @Test
    void aProviderButtonWithoutItsSdkSaysSignInDidNotWork() {
        browser.open("/sign-in");

        submit(browser, "form[action='/sign-in/google'] button");

        assertThat(browser.find(".form-error").getText()).startsWith("Google sign-in did not work.");
        assertThat(navigation()).contains("Sign in");
    }

    @Test
    void signInFitsAPhoneScreenWithoutScrollingSideways() {
        browser.phone();
        browser.open("/sign-in");

        assertThat(browser.script("return document.documentElement.clientWidth")).isEqualTo(375L);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);

        askForCode(browser, TestPhones.next());

        assertThat(browser.find("h1").getText()).isEqualTo("Enter your code");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static List<String> navigation() {
        return browser.findAll("#site-nav a, #site-nav button").stream()
                .map(element -> element.getDomProperty("textContent").strip()).toList();
    }
}
