package dev.foyer.accounts.web;

import static dev.foyer.accounts.web.AccountPageSteps.createAccount;
import static dev.foyer.accounts.web.AccountPageSteps.fullPage;
import static dev.foyer.web.CrmUser.path;
import static dev.foyer.web.CrmUser.submit;
import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.LockWaits;
import dev.foyer.SignedInClient;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@FoyerIntegrationTest
class AccountPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    SignedInClient api;

    @BeforeEach
    void signIn() {
        api = CrmUser.signIn(browser, new ApiClient(port));
    }

    @Test
    void anAccountIsCreatedWithItsAddressesThroughTheForm() throws Exception {
        browser.open("/accounts");
        browser.find(".page-header a[href=\"/accounts/new\"]").click();
        until(browser, driver -> path(browser).equals("/accounts/new"));

        field("companyName").sendKeys("Harbour Homes");
        browser.find("input[name=customerType][value=Commercial]").click();
        field("billingAddress.street").sendKeys("1 Quay Street");
        field("billingAddress.city").sendKeys("Sydney");
        field("billingAddress.state").sendKeys("NSW");
        field("billingAddress.zip").sendKeys("2000");
        field("billingAddress.country").sendKeys("Australia");
        browser.find("#sameAsBilling1").click();
        assertThat(field("serviceAddress.city").getDomProperty("value")).as("the script copies").isEqualTo("Sydney");
        assertThat(field("serviceAddress.city").getDomProperty("readOnly")).isEqualTo("true");
        field("tags").sendKeys("VIP, Retail");
        field("notes").sendKeys("Prefers email.");
        fullPage(browser, "accounts-form.png", 1280, false);
        submit(browser, "form.account-form button[type=submit]");

        assertThat(path(browser)).startsWith("/accounts/");
        assertThat(browser.find("h1").getText()).isEqualTo("Harbour Homes");
        assertThat(browser.find(".form-status").getText()).isEqualTo("The account was added.");
        assertThat(browser.findAll(".billing-address .address-line")).extracting(WebElement::getText)
                .containsExactly("1 Quay Street", "Sydney, NSW 2000", "Australia");
        assertThat(browser.findAll(".account-tags .chip")).extracting(WebElement::getText).containsExactly("VIP", "Retail");
        var saved = api.get("/api/accounts/" + path(browser).substring("/accounts/".length())).json();
        assertThat(saved.path("customerType").asString()).isEqualTo("Commercial");
        assertThat(saved.path("serviceAddress")).isEqualTo(saved.path("billingAddress"));
        assertThat(saved.path("serviceAddress").path("zip").asString()).isEqualTo("2000");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theFormShowsEveryErrorAtOnceNextToItsFieldTheAddressPartsToo() throws Exception {
        browser.open("/accounts/new");
        field("billingAddress.zip").sendKeys("20$0");
        field("serviceAddress.country").sendKeys("42");
        submit(browser, "form.account-form button[type=submit]");

        assertThat(error("companyName")).isEqualTo("Enter the company name.");
        assertThat(error("customerType")).isEqualTo("Choose residential or commercial.");
        assertThat(error("billingAddress.zip")).startsWith("Enter a ZIP or postcode");
        assertThat(error("serviceAddress.country")).isEqualTo("Enter the country as a name or code, in letters.");
        browser.find("input[name=customerType][value=Residential]").click();
        field("companyName").sendKeys("Ada Lovelace");
        submit(browser, "form.account-form button[type=submit]");

        assertThat(browser.findAll(".field-error")).as("the fixed fields' errors are gone").hasSize(2);
        assertThat(error("billingAddress.zip")).startsWith("Enter a ZIP or postcode");
        assertThat(error("serviceAddress.country")).isEqualTo("Enter the country as a name or code, in letters.");
        assertThat(field("billingAddress.zip").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("billingAddress.zip").getDomProperty("value")).as("what was typed stays").isEqualTo("20$0");
        fullPage(browser, "accounts-form-errors.png", 1280, false);
        assertThat(api.get("/api/accounts").json().path("total").asLong()).isZero();
    }

    @Test
    void anotherUsersAccountIsTheNotFoundPage() {
        var stranger = SignedInClient.signUp(new ApiClient(port));
        String theirs = stranger.post("/api/accounts", Map.of("companyName", "Secret Co", "customerType", "Commercial"))
                .text("id");

        for (String page : List.of("/accounts/" + theirs, "/accounts/" + theirs + "/edit",
                "/accounts/" + UUID.randomUUID())) {
            browser.open(page);
            assertThat(browser.find(".error-status").getText()).as(page).isEqualTo("404");
        }
        browser.open("/accounts");
        assertThat(browser.find(".result-count").getText()).isEqualTo("No accounts yet. Add your first one.");
    }

    @Test
    void aNulCharacterInTheSearchIsTheBadRequestPage() {
        browser.open("/accounts?q=a%00b");

        assertThat(browser.find(".error-status").getText()).isEqualTo("400");
    }

    @Test
    void anEditTheDatabaseRollsBackToEndADeadlockIsTheTryAgainPage() throws Exception {
        String id = createAccount(api, "Before Cartage", "Commercial", List.of());
        browser.open("/accounts/" + id + "/edit");
        field("companyName").clear();
        field("companyName").sendKeys("After Cartage");
        var pool = Executors.newFixedThreadPool(2);
        try (Connection other = LockWaits.superuser(jdbc)) {
            other.setAutoCommit(false);
            // The edit waits out its 1 s deadlock_timeout first, so PostgreSQL rolls the edit back.
            execute(other, "set deadlock_timeout = '60s'");
            execute(other, "select 1 from account_search where account_id = '" + id + "' for update");
            // The edit takes the account's row, then waits in the search trigger for the entry held here.
            Future<?> saved = pool.submit(() -> submit(browser, "form.account-form button[type=submit]"));
            LockWaits.awaitWaiting(other, 1, saved);
            Future<?> crossing = pool.submit(() -> {
                execute(other, "select 1 from customer_accounts where id = '" + id + "' for update");
                return null;
            });
            saved.get(20, TimeUnit.SECONDS);
            crossing.get(20, TimeUnit.SECONDS);
            other.rollback();
        } finally {
            pool.shutdownNow();
        }

        assertThat(browser.find(".error-status").getText()).isEqualTo("503");
        assertThat(api.get("/api/accounts/" + id).text("companyName")).isEqualTo("Before Cartage");
    }

    @Test
    void atPhoneWidthTheAccountPagesFitTheScreen() throws Exception {
        String id = createAccount(api, "Featherstonehaugh & Daughters Commercial Cleaning Services", "Commercial",
                List.of("Preferred supplier of a rather long kind", "VIP"));
        api.post("/api/accounts/" + id + "/contacts", Map.of("name", "Maximiliana Featherstonehaugh", "isPrimary", true,
                "email", "maximiliana.featherstonehaugh@an-example-agency.com.au", "phone", "+61 412 345 678",
                "role", "Head of facilities"));
        String other = api.post("/api/accounts/" + id + "/contacts", Map.of("name", "Otto Other")).text("id");

        for (String page : List.of("/accounts", "/accounts/" + id, "/accounts/new", "/accounts/" + id + "/edit",
                "/accounts/" + id + "/contacts/" + other + "/edit")) {
            browser.phone();
            browser.open(page);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as(page)
                    .isLessThanOrEqualTo(375L);
            String name = page.replace(id, "account").replace(other, "contact").replaceAll("[/]", "-");
            fullPage(browser, "accounts" + name + "-375.png", 375, true);
        }
        browser.desktop();
        browser.open("/accounts/" + id);
        fullPage(browser, "accounts-show.png", 1280, false);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static WebElement field(String name) {
        return browser.driver().findElement(By.id(name));
    }

    private static String error(String name) {
        return browser.driver().findElement(By.id(name + "-error")).getText();
    }
}
