package dev.foyer.accounts;

import static dev.foyer.accounts.AccountApi.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A user's customer accounts out as a CSV file, filtered as the list is (seed 002's data portability). */
@FoyerIntegrationTest
class AccountExportApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    SignedInClient owner;

    @BeforeEach
    void signUp() {
        owner = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void exportsEveryAccountWithItsAddressesTagsAndNotesNewestFirst() {
        AccountApi.create(owner, account("Acme Homes", "Residential", "billingAddress", AccountApi.ADDRESS,
                "serviceAddress", Map.of("city", "Elsewhere"), "notes", "Gate code 42, \"back door\"\nRing twice",
                "tags", List.of("vip", "north")));
        AccountApi.create(owner, account("=Formula Co", "Commercial"));

        var download = download("");
        var rows = records(download.body());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"accounts.csv\"");
        assertThat(download.body()).startsWith("Company,Type,Billing Street,Billing City,Billing State,Billing Zip,"
                + "Billing Country,Service Street,Service City,Service State,Service Zip,Service Country,Tags,Notes,Created\r\n");
        assertThat(rows).extracting(r -> r.get("Company")).containsExactly("'=Formula Co", "Acme Homes");
        var acme = rows.get(1);
        assertThat(acme.get("Type")).isEqualTo("Residential");
        assertThat(acme.get("Billing Street")).isEqualTo("123 Main Street");
        assertThat(acme.get("Billing Zip")).isEqualTo("12345");
        assertThat(acme.get("Service City")).isEqualTo("Elsewhere");
        assertThat(acme.get("Service Street")).isEmpty();
        assertThat(acme.get("Tags")).isEqualTo("vip;north");
        assertThat(acme.get("Notes")).isEqualTo("Gate code 42, \"back door\"\nRing twice");
        assertThat(acme.get("Created")).isEqualTo(owner.get("/api/accounts?q=acme").json().path("items").get(0)
                .path("createdAt").asString());
    }

    @Test
    void theListsFiltersNarrowTheFile() {
        AccountApi.create(owner, account("Pelican Pools", "Residential", "tags", List.of("summer")));
        AccountApi.create(owner, account("Pelican Storage", "Commercial", "tags", List.of("summer", "vip")));
        AccountApi.create(owner, account("Gannet Roofing", "Commercial"));

        assertThat(companies("?q=pelican")).containsExactlyInAnyOrder("Pelican Pools", "Pelican Storage");
        assertThat(companies("?type=Commercial")).containsExactly("Gannet Roofing", "Pelican Storage");
        assertThat(companies("?tag=SUMMER&tag=vip&match=all")).containsExactly("Pelican Storage");
        assertThat(companies("?createdFrom=2000-01-01&createdTo=2000-12-31")).isEmpty();
    }

    @Test
    void anotherUsersAccountsAreNeverInTheFile() {
        var stranger = SignedInClient.signUp(owner.api());
        AccountApi.create(stranger, account("Secret Co", "Commercial", "tags", List.of("vip")));
        AccountApi.create(owner, "Mine Co");

        assertThat(companies("")).containsExactly("Mine Co");
        assertThat(companies("?q=secret")).isEmpty();
        assertThat(companies("?tag=vip")).isEmpty();
    }

    @Test
    void aBadFilterIsA400BeforeAnythingIsStreamed() {
        for (var bad : Map.of("?type=Industrial", "type", "?match=some", "match", "?createdFrom=soon", "createdFrom",
                "?createdFrom=2025-02-01&createdTo=2025-01-31", "createdTo", "?q=" + "x".repeat(201), "q").entrySet()) {
            var refused = download(bad.getKey());

            assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.body()).as(bad.getKey()).contains("\"field\":\"" + bad.getValue() + "\"");
        }
    }

    private List<String> companies(String query) {
        return records(download(query).body()).stream().map(r -> r.get("Company")).toList();
    }

    private HttpResponse<String> download(String query) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts/export" + query))
                .header("Authorization", "Bearer " + owner.accessToken()).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
