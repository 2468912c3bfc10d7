package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@FoyerIntegrationTest
class ContactImportTest {

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
    void matchesColumnsByAliasInAnyCaseAfterAByteOrderMarkAndReportsUnknownOnes() {
        var result = files.importCsv("\uFEFFGiven Name,SURNAME,E-mail,Mobile,Organisation,title,first_name,Favourite Colour\r\n"
                + "Sarah,Chen,Sarah.Chen@Example.com,+61 412 345 678,TechCorp Australia,CTO,Ignored,Teal\r\n"
                + "Tom,Baker,,,,,,\r\n");

        assertThat(result.status()).as(result.json().toString()).isEqualTo(200);
        assertThat(result.count("imported")).isEqualTo(2);
        assertThat(result.count("skipped")).isZero();
        assertThat(texts(result.json().path("ignoredColumns"))).containsExactly("first_name", "Favourite Colour");
        var sarah = only(alice.get("/api/contacts?q=sarah"));
        assertThat(sarah.path("firstName").asString()).isEqualTo("Sarah");
        assertThat(sarah.path("email").asString()).isEqualTo("sarah.chen@example.com");
        assertThat(sarah.path("phone").asString()).isEqualTo("+61 412 345 678");
        assertThat(sarah.path("company").asString()).isEqualTo("TechCorp Australia");
        assertThat(sarah.path("jobTitle").asString()).isEqualTo("CTO");
        assertThat(alice.get("/api/contacts?q=412345678").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedFields() {
        var result = files.importCsv("First Name,Last Name,Company,Notes\r\n"
                + "Mia,Wong,\"Smith, Jones & \"\"Co\"\"\",\"Met at DevConf, 2024.\r\nWants a demo.\"\r\n"
                + "Raj,Patel,Solo,plain\n");

        assertThat(result.count("imported")).isEqualTo(2);
        var mia = only(alice.get("/api/contacts?q=wong"));
        assertThat(mia.path("company").asString()).isEqualTo("Smith, Jones & \"Co\"");
        assertThat(mia.path("notes").asString()).isEqualTo("Met at DevConf, 2024.\r\nWants a demo.");
        assertThat(only(alice.get("/api/contacts?q=patel")).path("notes").asString()).isEqualTo("plain");
    }

    @Test
    void reportsBadRowsByTheirLineAndImportsTheGoodOnes() {
        var result = files.importCsv("First Name,Last Name,Email,Notes\n"
                + "Ann,Lee,ann@example.com,\"two\nlines\"\n"      // lines 2-3
                + ",,nobody@example.com,\n"                       // line 4: no name
                + "Bad,Email,not-an-email,\n"                     // line 5
                + "\n"                                            // line 6: blank, ignored
                + "x".repeat(101) + ",Long,,\n"                   // line 7: first name too long
                + "Ok,Row,ok@example.com,\n");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.count("imported")).isEqualTo(2);
        assertThat(result.count("skipped")).isEqualTo(3);
        assertThat(errors(result)).containsExactly("4 firstName", "5 email", "7 firstName");
        assertThat(ContactApiTest.names(alice.get("/api/contacts"))).containsExactly("Ann Lee", "Ok Row");
    }

    @Test
    void aHeaderWithoutANameColumnIsRefusedAndNothingIsImported() {
        var noName = files.importCsv("Email,Phone\nann@example.com,0412345678\n");
        var empty = files.importCsv("");
        var badMode = files.importCsv("First Name\nAnn\n", "overwrite");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(fields(noName)).containsExactly("file");
        assertThat(noName.json().path("detail").asString()).contains("First Name or Last Name");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("file");
        assertThat(fields(badMode)).containsExactly("duplicates");
        assertThat(alice.get("/api/contacts").json().path("total").asInt()).isZero();
    }

    @Test
    void anUnreadableFileIsRefusedWhole() {
        var result = files.importCsv("First Name,Notes\nAnn,fine\nBen,\"never closed\n");

        assertThat(result.status()).isEqualTo(400);
        assertThat(fields(result)).containsExactly("file");
        assertThat(alice.get("/api/contacts").json().path("total").asInt()).isZero();
    }

    @Test
    void duplicatesByEmailAreSkippedByDefaultAgainstExistingContactsAndEarlierRows() {
        alice.post("/api/contacts", Map.of("firstName", "Sam", "email", "sam@example.com"));

        var result = files.importCsv("First Name,Email,Phone\n"
                + "Samuel,SAM@Example.com,0412 000 111\n"
                + "Kim,kim@example.com,\n"
                + "Kimberly,Kim@Example.COM,0412 000 222\n");

        assertThat(result.count("imported")).isEqualTo(1);
        assertThat(result.count("merged")).isZero();
        assertThat(result.count("skipped")).isEqualTo(2);
        var sam = only(alice.get("/api/contacts?q=sam@"));
        assertThat(sam.path("firstName").asString()).isEqualTo("Sam");
        assertThat(sam.path("phone").isNull()).isTrue();
        assertThat(only(alice.get("/api/contacts?q=kim@")).path("phone").isNull()).isTrue();
    }

    @Test
    void duplicatesAreMergedWhenAskedFillingOnlyEmptyFieldsAndAddingTags() {
        alice.post("/api/contacts", Map.of("firstName", "Sam", "email", "sam@example.com", "company", "Old Co"));

        var result = files.importCsv("First Name,Email,Phone,Company,Tags\n"
                + "Samuel,SAM@Example.com,0412 000 111,New Co,VIP\n"
                + "Kim,kim@example.com,,Kim Co,Lead\n"
                + "Kimberly,Kim@Example.COM,0412 000 222,Other Co,Lead;Partner\n", "merge");

        assertThat(result.count("imported")).isEqualTo(1);
        assertThat(result.count("merged")).isEqualTo(2);
        assertThat(result.count("skipped")).isZero();
        var sam = only(alice.get("/api/contacts?q=sam@"));
        assertThat(sam.path("firstName").asString()).isEqualTo("Sam");
        assertThat(sam.path("company").asString()).isEqualTo("Old Co");
        assertThat(sam.path("phone").asString()).isEqualTo("0412 000 111");
        assertThat(tagNames(sam)).containsExactly("VIP");
        assertThat(alice.get("/api/contacts?q=0412000111").json().path("total").asInt()).isEqualTo(1);
        var kim = only(alice.get("/api/contacts?q=kim@"));
        assertThat(kim.path("firstName").asString()).isEqualTo("Kim");
        assertThat(kim.path("company").asString()).isEqualTo("Kim Co");
        assertThat(kim.path("phone").asString()).isEqualTo("0412 000 222");
        assertThat(tagNames(kim)).containsExactly("Lead", "Partner");
    }

    @Test
    void mergingNeverTouchesAnotherUsersContactWithTheSameEmail() {
        var bob = SignedInClient.signUp(alice.api());
        String bobsSam = bob.post("/api/contacts", Map.of("firstName", "Bob's Sam", "email", "sam@example.com")).text("id");
        String before = bob.get("/api/contacts/" + bobsSam).raw().body();

        var result = files.importCsv("First Name,Email,Phone,Company,Tags\n"
                + "Samuel,SAM@Example.com,0412 000 111,New Co,VIP\n", "merge");

        assertThat(result.count("imported")).isEqualTo(1);
        assertThat(result.count("merged")).isZero();
        assertThat(only(alice.get("/api/contacts?q=sam@")).path("firstName").asString()).isEqualTo("Samuel");
        assertThat(bob.get("/api/contacts/" + bobsSam).raw().body()).isEqualTo(before);
        assertThat(bob.get("/api/tags").json().size()).isZero();
    }

    @Test
    void theTagsColumnCreatesMissingTagsAndReusesExistingOnesInAnyCase() {
        alice.post("/api/tags", Map.of("name", "Customer", "color", "#10B981"));

        var result = files.importCsv("Last Name,Tags\nOne,customer; Lead ;;VIP\nTwo,LEAD\n");

        assertThat(result.count("imported")).isEqualTo(2);
        var tags = alice.get("/api/tags").json();
        var summary = new ArrayList<String>();
        tags.forEach(t -> summary.add(t.path("name").asString() + " " + t.path("color").asString() + " "
                + t.path("contacts").asInt()));
        assertThat(summary).containsExactly("Customer #10B981 1", "Lead #64748B 2", "VIP #64748B 1");
    }

    @Test
    void aTagInCapitalsThatJavaAndPostgresqlLowerApartIsCreatedOnceAndFound() {
        // Java lowers a final capital sigma to ς, PostgreSQL to σ: the import matches tags in PostgreSQL.
        var first = files.importCsv("Last Name,Tags\nOne,ΟΔΟΣ\n");
        var second = files.importCsv("Last Name,Tags\nTwo,οδοσ\n");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        var tags = alice.get("/api/tags").json();
        assertThat(tags).hasSize(1);
        assertThat(tags.get(0).path("name").asString()).isEqualTo("ΟΔΟΣ");
        assertThat(tags.get(0).path("contacts").asInt()).isEqualTo(2);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceAddEachContactOnce() throws Exception {
        var csv = new StringBuilder("First Name,Email\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("Twin").append(i).append(",twin").append(i).append("@example.com\n");
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            Callable<ContactFiles.Upload> upload = () -> {
                start.await();
                return files.importCsv(csv.toString());
            };
            var a = pool.submit(upload);
            var b = pool.submit(upload);
            start.countDown();

            // Each is either imported whole (a second one then skips every row) or refused while the
            // other runs (409 naming the file); never both inserting.
            for (var answer : List.of(a.get(), b.get())) {
                assertThat(answer.status()).isIn(200, 409);
                if (answer.status() == 409) {
                    assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
                }
            }
            assertThat(a.get().count("imported") + b.get().count("imported")).isEqualTo(2_000);
        } finally {
            pool.shutdownNow();
        }
        // The dashboard's count: a list counts no further than 1,000.
        assertThat(alice.get("/api/dashboard").json().path("totalContacts").asLong()).isEqualTo(2_000);
    }

    @Test
    void importExportDuplicatesAndMergeAreInTheApiDocument() {
        var paths = alice.api().get("/v3/api-docs", null).json().path("paths");

        assertThat(paths.path("/api/contacts/import").path("post").path("requestBody").path("content")
                .has("multipart/form-data")).isTrue();
        assertThat(paths.path("/api/contacts/export").has("get")).isTrue();
        assertThat(paths.path("/api/contacts/duplicates").has("get")).isTrue();
        assertThat(paths.path("/api/contacts/{id}/merge").has("post")).isTrue();
    }

    static JsonNode only(ApiClient.Response page) {
        assertThat(page.json().path("total").asInt()).as(page.json().toString()).isEqualTo(1);
        return page.json().path("items").get(0);
    }

    static List<String> tagNames(JsonNode contact) {
        return texts(contact.path("tags"), "name");
    }

    private static List<String> errors(ContactFiles.Upload upload) {
        var errors = new ArrayList<String>();
        upload.json().path("errors").forEach(e -> errors.add(e.path("line").asInt() + " " + e.path("field").asString()));
        return errors;
    }

    private static List<String> fields(ContactFiles.Upload upload) {
        return texts(upload.json().path("errors"), "field");
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.path(field).asString()));
        return texts;
    }
}
