package dev.foyer.clients.documents.web;

import static dev.foyer.web.CrmUser.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.clients.documents.DocumentApi;
import dev.foyer.clients.documents.Onboardings;
import dev.foyer.clients.documents.SampleFiles;
import dev.foyer.documents.ObjectStorage;
import dev.foyer.web.Browser;
import dev.foyer.web.CrmUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The documents panel as the onboarding pages include it: the client uploads and deletes, the realtor reads. */
@FoyerIntegrationTest
class DocumentPanelBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    @Test
    void theClientUploadsAPdfSeesARefusalInlineAndDeletesTheDocument() throws Exception {
        var api = new ApiClient(port);
        SignedInClient client = CrmUser.signIn(browser, api);
        var realtor = SignedInClient.signUpAs(api, "realtor");
        var onboardings = new Onboardings(users, jdbc, storage);
        UUID onboardingId = onboardings.start(realtor, client);
        Path pdf = Files.createTempFile("paystub", ".pdf");
        Files.write(pdf, SampleFiles.pdf(300_000));
        Path svg = Files.createTempFile("photo", ".png");
        Files.write(svg, SampleFiles.svg());

        includePanel(onboardingId);
        browser.find("#document-title").sendKeys("Pay stub");
        browser.find("#document-file").sendKeys(pdf.toAbsolutePath().toString());
        browser.find(".document-upload button[type=submit]").click();
        until(browser, driver -> rows().size() == 1);

        assertThat(rows().get(0).getText()).contains("Pay stub", pdf.getFileName().toString(), "293 KB");
        assertThat(onboardings.objects(onboardingId)).hasSize(1);

        browser.find("#document-title").sendKeys("Photo ID");
        browser.find("#document-file").sendKeys(svg.toAbsolutePath().toString());
        browser.find(".document-upload button[type=submit]").click();
        until(browser, driver -> !driver.findElements(By.cssSelector(".document-upload p.form-error:not([hidden])")).isEmpty());

        assertThat(browser.find(".document-upload p.form-error").getText()).contains("file");
        assertThat(browser.find("#document-title").getAttribute("value")).isEqualTo("Photo ID");
        assertThat(rows()).hasSize(1);

        browser.script("window.confirm = function () { return true; };");
        browser.find(".document-delete button").click();
        until(browser, driver -> rows().isEmpty());

        assertThat(onboardings.objects(onboardingId)).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        Files.delete(pdf);
        Files.delete(svg);
    }

    @Test
    void theRealtorSeesTheDocumentsWithoutTheUploadForm() {
        var api = new ApiClient(port);
        SignedInClient realtor = CrmUser.signIn(browser, api);
        var client = SignedInClient.signUp(api);
        var onboardings = new Onboardings(users, jdbc, storage);
        UUID onboardingId = onboardings.start(realtor, client);
        new DocumentApi(port).upload(client, onboardingId, "lease.docx", SampleFiles.docx());

        includePanel(onboardingId);

        assertThat(rows()).singleElement().extracting(WebElement::getText).asString().contains("Pay stub", "lease.docx");
        assertThat(rows().get(0).findElement(By.cssSelector("a.document-title")).getAttribute("href"))
                .endsWith("/onboardings/" + onboardingId + "/documents/" + documentId(onboardingId, client) + "/content");
        assertThat(browser.findAll(".document-upload")).isEmpty();
        assertThat(browser.findAll(".document-delete")).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static String documentId(UUID onboardingId, SignedInClient client) {
        return client.get("/api/onboardings/" + onboardingId + "/documents").json().path("items").get(0).path("id").asString();
    }

    /** What the onboarding page does: a placeholder that htmx replaces with the panel once loaded. */
    private void includePanel(UUID onboardingId) {
        browser.open("/dashboard");
        browser.script("""
                var placeholder = document.createElement('div');
                placeholder.setAttribute('hx-get', arguments[0]);
                placeholder.setAttribute('hx-trigger', 'load');
                placeholder.setAttribute('hx-swap', 'outerHTML');
                document.querySelector('main').appendChild(placeholder);
                htmx.process(placeholder);
                """, "/onboardings/" + onboardingId + "/documents/panel");
        until(browser, driver -> !driver.findElements(By.id("documents-panel")).isEmpty());
    }

    private java.util.List<WebElement> rows() {
        return browser.findAll(".document-row");
    }
}
