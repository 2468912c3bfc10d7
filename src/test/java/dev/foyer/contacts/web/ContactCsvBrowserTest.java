package dev.foyer.contacts.web;

import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

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
class ContactCsvBrowserTest {

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
    void aCsvFileIsImportedFromTheContactsPageWithItsRowErrorsListed() throws Exception {
        Path csv = Files.createTempFile("contacts", ".csv");
        Files.writeString(csv, """
                First Name,Last Name,Email,Company,Tags
                Ada,Lovelace,ada@example.com,Analytical Engines,Customer;VIP
                ,,nobody@example.com,No Name Pty,
                Grace,Hopper,grace@example.com,Navy,Customer
                """);

        browser.open("/contacts");
        browser.find(".csv-import summary").click();
        browser.find("#import-file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#contact-import button[type=submit]").click();
        until(browser, driver -> !browser.find("#import-result").getText().isBlank());

        assertThat(browser.find("#import-result").getText()).isEqualTo("Imported 2, merged 0, skipped 1.");
        assertThat(browser.findAll("#import-errors li")).extracting(WebElement::getText)
                .singleElement().asString().startsWith("Line 3");
        until(browser, driver -> browser.driver().findElements(By.cssSelector("#contact-results tbody tr")).size() == 2);
        assertThat(api.get("/api/contacts?q=lovelace").json().path("total").asInt()).isEqualTo(1);
        assertThat(browser.consoleErrors()).isEmpty();
        Files.delete(csv);
    }

    @Test
    void aLongImportShowsTheServersProgressThenItsResultAndTheColumnsLeftOut() throws Exception {
        Path csv = Files.createTempFile("contacts", ".csv");
        Files.writeString(csv, """
                First Name,Last Name,Favourite Colour,Shoe Size
                Ada,Lovelace,green,38
                Grace,Hopper,blue,39
                Alan,Turing,red,44
                """);
        browser.open("/contacts");
        browser.find(".csv-import summary").click();
        browser.find("#import-file").sendKeys(csv.toAbsolutePath().toString());

        try (Connection other = LockWaits.superuser(jdbc)) {
            // The import waits here to write its contacts, the file read, until this connection lets go.
            other.setAutoCommit(false);
            try (var lock = other.createStatement()) {
                lock.execute("lock table contacts in share mode");
            }
            browser.find("#contact-import button[type=submit]").click();
            until(browser, driver -> browser.find("#import-result").getText().equals("Saving 3 rows\u2026"));

            assertThat(browser.find("#contact-import button[type=submit]").isEnabled()).as("one import at a time").isFalse();
            other.rollback();
        }
        until(browser, driver -> browser.find("#import-result").getText().startsWith("Imported"));

        assertThat(browser.find("#import-result").getText()).isEqualTo("Imported 3, merged 0, skipped 0.");
        assertThat(browser.find("#import-ignored").getText()).isEqualTo("Columns not imported: Favourite Colour, Shoe Size");
        assertThat(browser.find("#contact-import button[type=submit]").isEnabled()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
        Files.delete(csv);
    }

    @Test
    void theExportLinkFollowsTheSearchTypedAndTheOrderShown() {
        api.post("/api/contacts", Map.of("firstName", "Exported", "lastName", "Person", "company", "Zephyr"));
        api.post("/api/contacts", Map.of("firstName", "Exported", "lastName", "Again", "company", "Acme"));
        api.post("/api/contacts", Map.of("firstName", "Someone", "lastName", "Else"));
        browser.open("/contacts");
        assertThat(exportHref()).isEqualTo("/api/contacts/export?sort=name&direction=asc");

        browser.find("#contact-search").sendKeys("export");
        until(browser, driver -> exportHref().contains("q=export"));

        assertThat(exportHref()).isEqualTo("/api/contacts/export?q=export&sort=name&direction=asc");
        assertThat(lastNames(download())).containsExactly("Again", "Person");

        browser.find("th:nth-child(2) a").click();
        until(browser, driver -> "ascending".equals(browser.find("th:nth-child(2)").getDomAttribute("aria-sort")));
        browser.find("th:nth-child(2) a").click();
        until(browser, driver -> exportHref().endsWith("direction=desc"));

        assertThat(exportHref()).isEqualTo("/api/contacts/export?q=export&sort=company&direction=desc");
        assertThat(lastNames(download())).as("Zephyr before Acme").containsExactly("Person", "Again");
    }

    private String exportHref() {
        return browser.find("#contact-export").getDomAttribute("href");
    }

    /** The file the link downloads, fetched by the page with the user's session cookies. */
    private String download() {
        return (String) browser.script("""
                var request = new XMLHttpRequest();
                request.open('GET', document.getElementById('contact-export').href, false);
                request.send();
                return request.responseText;
                """);
    }

    private static List<String> lastNames(String csv) {
        return csv.lines().skip(1).map(line -> line.split(",")[1]).toList();
    }
}
