package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

@FoyerIntegrationTest
class ContactExportTest {

    @LocalServerPort
    int port;

    SignedInClient alice;
    ContactFiles files;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
        files = new ContactFiles(port, alice);
    }

    @Test
    void exportsTheFilteredContactsAsACsvAttachment() throws IOException {
        String vip = alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B")).text("id");
        String lead = alice.post("/api/tags", Map.of("name", "Lead", "color", "#3B82F6")).text("id");
        String sarah = alice.post("/api/contacts", Map.of("firstName", "Sarah", "lastName", "Chen",
                "company", "TechCorp, Australia", "notes", "Met at DevConf.\nSays \"hi\".")).text("id");
        alice.post("/api/contacts", Map.of("firstName", "Tom", "lastName", "Chen"));
        alice.post("/api/contacts", Map.of("firstName", "Mia", "lastName", "Wong"));
        alice.put("/api/contacts/" + sarah + "/tags/" + vip, Map.of());
        alice.put("/api/contacts/" + sarah + "/tags/" + lead, Map.of());
        SignedInClient.signUp(alice.api()).post("/api/contacts", Map.of("firstName", "Bob's", "lastName", "Chen"));

        var all = files.export("");
        var chens = files.export("?q=chen");
        var vips = files.export("?q=chen&tag=" + vip);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(all.disposition()).isEqualTo("attachment; filename=\"contacts.csv\"");
        assertThat(all.body()).startsWith("First Name,Last Name,Email,Phone,Company,Job Title,Notes,Tags\r\n");
        assertThat(all.body()).contains("Sarah,Chen,,,\"TechCorp, Australia\",,\"Met at DevConf.\nSays \"\"hi\"\".\",Lead;VIP\r\n");
        assertThat(firstNames(all.body())).containsExactly("Sarah", "Tom", "Mia");
        assertThat(firstNames(chens.body())).containsExactly("Sarah", "Tom");
        assertThat(firstNames(vips.body())).containsExactly("Sarah");
        assertThat(firstNames(files.export("?sort=name&direction=desc").body())).containsExactly("Mia", "Tom", "Sarah");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGoOutAsText() throws IOException {
        alice.post("/api/contacts", Map.of("firstName", "Eve", "lastName", "-2+3", "phone", "+61 412 345 678",
                "company", "@SUM(A1:A9)", "notes", "=HYPERLINK(\"http://example.com\",\"x\")"));

        var row = records(files.export("").body()).get(0);

        assertThat(row.get("Last Name")).isEqualTo("'-2+3");
        assertThat(row.get("Phone")).isEqualTo("'+61 412 345 678");
        assertThat(row.get("Company")).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get("Notes")).isEqualTo("'=HYPERLINK(\"http://example.com\",\"x\")");
        assertThat(row.get("First Name")).isEqualTo("Eve");
    }

    @Test
    void anExportImportsBackToTheSameContacts() {
        files.importCsv("First Name,Last Name,Email,Phone,Company,Job Title,Notes,Tags\n"
                + "Sarah,Chen,sarah.chen@example.com,+61 412 345 678,TechCorp Australia,CTO,\"Met at DevConf 2024, keen.\nCall back.\",Customer;VIP\n"
                + "Zoë,Ångström,,,,,,\n"
                + ",Solo,solo@example.com,(02) 9876 5432,\"Quote \"\"Co\"\"\",,,Lead\n"
                + "Formula,-Minus,,,@Home,,=1+1,\n");
        var exported = files.export("");
        var bob = SignedInClient.signUp(alice.api());

        var reimported = new ContactFiles(port, bob).importCsv(exported.body());

        assertThat(reimported.count("imported")).isEqualTo(4);
        assertThat(reimported.json().path("errors").isEmpty()).isTrue();
        assertThat(reimported.json().path("ignoredColumns").isEmpty()).isTrue();
        assertThat(contacts(bob)).isEqualTo(contacts(alice)).hasSize(4);
    }

    @Test
    void exportsFiveThousandContactsInFull() throws IOException {
        var csv = new StringBuilder("First Name,Last Name,Email,Tags\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("Person,").append(String.format("%05d", i)).append(",p").append(i).append("@example.com,")
                    .append(i % 2 == 0 ? "Even" : "Odd").append('\n');
        }
        assertThat(files.importCsv(csv.toString()).count("imported")).isEqualTo(5_000);

        var exported = files.export("");
        var evens = files.export("?tag=" + tagId("Even"));

        List<CSVRecord> rows = records(exported.body());
        assertThat(rows).hasSize(5_000);
        assertThat(rows.stream().map(r -> r.get("Last Name")).distinct().count()).isEqualTo(5_000);
        assertThat(rows.stream().filter(r -> r.get("Tags").equals("Even")).count()).isEqualTo(2_500);
        assertThat(records(evens.body())).hasSize(2_500).allMatch(r -> r.get("Tags").equals("Even"));
    }

    @Test
    void aBadFilterIsA400BeforeAnythingIsStreamed() {
        var tooLong = files.export("?q=" + "x".repeat(201));
        var badTag = files.export("?tag=nope");
        var badSort = files.export("?sort=email");
        var badDirection = files.export("?direction=up");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"q\"");
        assertThat(badTag.status()).isEqualTo(400);
        assertThat(badTag.body()).contains("\"field\":\"tag\"");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body()).contains("\"field\":\"sort\"");
        assertThat(badDirection.status()).isEqualTo(400);
        assertThat(badDirection.body()).contains("\"field\":\"direction\"");
    }

    private String tagId(String name) {
        for (JsonNode tag : alice.get("/api/tags").json()) {
            if (tag.path("name").asString().equals(name)) {
                return tag.path("id").asString();
            }
        }
        throw new AssertionError("no tag " + name);
    }

    /** Every contact's fields and tag names, without ids and times, in name order. */
    private static List<String> contacts(SignedInClient user) {
        var contacts = new ArrayList<String>();
        for (JsonNode c : user.get("/api/contacts?limit=200").json().path("items")) {
            var fields = new ArrayList<String>();
            for (String field : List.of("firstName", "lastName", "email", "phone", "company", "jobTitle", "notes")) {
                fields.add(c.path(field).isNull() ? "-" : c.path(field).asString());
            }
            fields.add(ContactImportTest.tagNames(c).toString());
            contacts.add(String.join("|", fields));
        }
        return contacts;
    }

    private static List<String> firstNames(String csv) throws IOException {
        return records(csv).stream().map(r -> r.get("First Name")).toList();
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
