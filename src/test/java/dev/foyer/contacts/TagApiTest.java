package dev.foyer.contacts;

import static dev.foyer.contacts.ContactApiTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FoyerIntegrationTest
class TagApiTest {

    @LocalServerPort
    int port;

    SignedInClient alice;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void aCreatedTagIsReadAtItsLocation() {
        var created = alice.post("/api/tags", Map.of("name", "VIP", "color", "#f59e0b"));
        String contact = alice.post("/api/contacts", Map.of("firstName", "Tagged")).text("id");
        alice.put("/api/contacts/" + contact + "/tags/" + created.text("id"), "");

        var read = alice.get(created.header("Location"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/tags/" + created.text("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("VIP");
        assertThat(read.text("color")).isEqualTo("#F59E0B");
        assertThat(read.json().path("contacts").asInt()).isEqualTo(1);
        assertThat(alice.get("/api/tags/not-a-uuid").errorFields()).containsExactly("id");
    }

    @Test
    void aTagNameIsUniquePerUserAndTheClashIsNamed() {
        alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B"));
        var bob = SignedInClient.signUp(alice.api());

        var clash = alice.post("/api/tags", Map.of("name", "VIP", "color", "#10B981"));
        var bobsOwn = bob.post("/api/tags", Map.of("name", "VIP", "color", "#10B981"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.errorFields()).containsExactly("name");
        assertThat(clash.text("detail")).contains("VIP");
        assertThat(bobsOwn.status()).isEqualTo(201);
    }

    @Test
    void aTagNameClashesWhateverTheCaseOfItsLettersButMayChangeItsOwnCase() {
        alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B"));
        String lead = alice.post("/api/tags", Map.of("name", "Lead", "color", "#3B82F6")).text("id");

        var created = alice.post("/api/tags", Map.of("name", "vip", "color", "#10B981"));
        var renamed = alice.patch("/api/tags/" + lead, Map.of("name", "Vip"));
        var recased = alice.patch("/api/tags/" + lead, Map.of("name", "LEAD"));

        assertThat(created.status()).isEqualTo(409);
        assertThat(created.errorFields()).containsExactly("name");
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.errorFields()).containsExactly("name");
        assertThat(recased.status()).isEqualTo(200);
        var tags = new ArrayList<String>();
        alice.get("/api/tags").json().forEach(tag -> tags.add(tag.path("name").asString()));
        assertThat(tags).containsExactlyInAnyOrder("VIP", "LEAD");
    }

    @Test
    void aTagNameMayNotHoldTheSemicolonThatSeparatesTagsInCsvFilesAndEveryBadFieldIsNamed() {
        var refused = alice.post("/api/tags", Map.of("name", "Buyer;Seller", "color", "#F59E0B"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("name");

        var both = alice.post("/api/tags", Map.of("name", " ", "color", "red"));
        assertThat(both.errorFields()).containsExactlyInAnyOrder("name", "color");

        String tag = alice.post("/api/tags", Map.of("name", "Buyer", "color", "#F59E0B")).text("id");
        assertThat(alice.patch("/api/tags/" + tag, Map.of("name", "Buyer;Seller")).errorFields()).containsExactly("name");
        assertThat(alice.get("/api/tags").json().get(0).path("name").asString()).isEqualTo("Buyer");
    }

    @Test
    void anEditIsCheckedLikeANewTagAndChangesNothingWhenRefused() {
        alice.post("/api/tags", Map.of("name", "Lead", "color", "#3B82F6"));
        String vip = alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B")).text("id");

        var badColor = alice.patch("/api/tags/" + vip, Map.of("color", "gold"));
        var clash = alice.patch("/api/tags/" + vip, Map.of("name", "Lead"));

        assertThat(badColor.status()).isEqualTo(400);
        assertThat(badColor.errorFields()).containsExactly("color");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.errorFields()).containsExactly("name");
        assertThat(clash.text("detail")).contains("Lead");
        assertThat(alice.get("/api/tags/" + vip).text("name")).isEqualTo("VIP");
        assertThat(alice.get("/api/tags/" + vip).text("color")).isEqualTo("#F59E0B");
    }

    @Test
    void aMalformedIdIsNamed() {
        String contact = alice.post("/api/contacts", Map.of("firstName", "Tagged")).text("id");
        String tag = alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B")).text("id");

        assertThat(alice.patch("/api/tags/not-a-uuid", Map.of("name", "X")).errorFields()).containsExactly("id");
        assertThat(alice.delete("/api/tags/not-a-uuid").errorFields()).containsExactly("id");
        assertThat(alice.put("/api/contacts/not-a-uuid/tags/" + tag, "").errorFields()).containsExactly("id");
        assertThat(alice.put("/api/contacts/" + contact + "/tags/not-a-uuid", "").errorFields()).containsExactly("tagId");
        assertThat(alice.delete("/api/contacts/not-a-uuid/tags/" + tag).errorFields()).containsExactly("id");
        assertThat(alice.delete("/api/contacts/" + contact + "/tags/not-a-uuid").errorFields()).containsExactly("tagId");
    }

    @Test
    void theTagListNeverShowsAnotherUsersTags() {
        SignedInClient.signUp(alice.api()).post("/api/tags", Map.of("name", "Bob's", "color", "#10B981"));
        alice.post("/api/tags", Map.of("name", "Mine", "color", "#10B981"));

        var listed = alice.get("/api/tags").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("name").asString()).isEqualTo("Mine");
    }

    @Test
    void filteringByAnotherUsersTagIs404InTheListAndTheExport() {
        var bob = SignedInClient.signUp(alice.api());
        String bobsTag = bob.post("/api/tags", Map.of("name", "Bob's", "color", "#10B981")).text("id");
        String myTag = alice.post("/api/tags", Map.of("name", "Mine", "color", "#10B981")).text("id");
        String mine = alice.post("/api/contacts", Map.of("firstName", "Mine", "lastName", "Own")).text("id");
        alice.put("/api/contacts/" + mine + "/tags/" + myTag, "");
        var files = new ContactFiles(port, alice);

        assertThat(alice.get("/api/contacts?tag=" + bobsTag).status()).isEqualTo(404);
        assertThat(alice.get("/api/contacts?q=mine&tag=" + myTag + "&tag=" + bobsTag).status()).isEqualTo(404);
        assertThat(files.export("?tag=" + bobsTag).status()).isEqualTo(404);
        assertThat(files.export("?tag=" + myTag + "&tag=" + bobsTag).status()).isEqualTo(404);
        assertThat(names(alice.get("/api/contacts?tag=" + myTag))).containsExactly("Mine Own");
        assertThat(files.export("?tag=" + myTag).body()).contains("Mine,Own,");
    }

    @Test
    void aColorMustBeHashAndSixHexDigits() {
        for (String color : List.of("red", "#FFF", "#12345G", "123456")) {
            var refused = alice.post("/api/tags", Map.of("name", "T " + color, "color", color));
            assertThat(refused.status()).as(color).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("color");
        }
    }

    @Test
    void assigningIsIdempotentAndTheListCarriesTheTagsInOneAnswer() {
        String contact = alice.post("/api/contacts", Map.of("firstName", "Tagged")).text("id");
        String vip = alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B")).text("id");
        String lead = alice.post("/api/tags", Map.of("name", "Lead", "color", "#3B82F6")).text("id");
        String buyer = alice.post("/api/tags", Map.of("name", "buyer", "color", "#10B981")).text("id");

        assertThat(alice.put("/api/contacts/" + contact + "/tags/" + vip, "").status()).isEqualTo(204);
        assertThat(alice.put("/api/contacts/" + contact + "/tags/" + vip, "").status()).isEqualTo(204);
        alice.put("/api/contacts/" + contact + "/tags/" + lead, "");
        alice.put("/api/contacts/" + contact + "/tags/" + buyer, "");

        var listed = alice.get("/api/contacts");
        assertThat(tagNames(listed.json().path("items").get(0))).as("by name, case aside")
                .containsExactly("buyer", "Lead", "VIP");
        assertThat(listed.json().path("items").get(0).path("tags").get(0).path("color").asString())
                .isEqualTo("#10B981");
        alice.delete("/api/contacts/" + contact + "/tags/" + buyer);
        assertThat(alice.delete("/api/contacts/" + contact + "/tags/" + vip).status()).isEqualTo(204);
        assertThat(alice.delete("/api/contacts/" + contact + "/tags/" + vip).status()).isEqualTo(204);
        assertThat(tagNames(alice.get("/api/contacts/" + contact).json())).containsExactly("Lead");
    }

    @Test
    void filtersByOneOrMoreTagsRequiringAll() {
        String vip = alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B")).text("id");
        String lead = alice.post("/api/tags", Map.of("name", "Lead", "color", "#3B82F6")).text("id");
        String both = alice.post("/api/contacts", Map.of("firstName", "Both", "lastName", "Tags")).text("id");
        String one = alice.post("/api/contacts", Map.of("firstName", "One", "lastName", "Tag")).text("id");
        alice.post("/api/contacts", Map.of("firstName", "No", "lastName", "Tags"));
        alice.put("/api/contacts/" + both + "/tags/" + vip, "");
        alice.put("/api/contacts/" + both + "/tags/" + lead, "");
        alice.put("/api/contacts/" + one + "/tags/" + vip, "");

        assertThat(names(alice.get("/api/contacts?tag=" + vip))).containsExactly("One Tag", "Both Tags");
        assertThat(names(alice.get("/api/contacts?tag=" + vip + "&tag=" + lead))).containsExactly("Both Tags");
        assertThat(names(alice.get("/api/contacts?tag=" + vip + "&tag=" + vip))).as("a tag asked for twice")
                .containsExactly("One Tag", "Both Tags");
    }

    @Test
    void eachContactOnAPageShowsItsOwnTagsWhateverTheFirstOneCarries() {
        String vip = alice.post("/api/tags", Map.of("name", "VIP", "color", "#F59E0B")).text("id");
        String lead = alice.post("/api/tags", Map.of("name", "Lead", "color", "#3B82F6")).text("id");
        alice.post("/api/contacts", Map.of("firstName", "Ann", "lastName", "Abbot"));
        String both = alice.post("/api/contacts", Map.of("firstName", "Bo", "lastName", "Baker")).text("id");
        String one = alice.post("/api/contacts", Map.of("firstName", "Cy", "lastName", "Carter")).text("id");
        alice.put("/api/contacts/" + both + "/tags/" + vip, "");
        alice.put("/api/contacts/" + both + "/tags/" + lead, "");
        alice.put("/api/contacts/" + one + "/tags/" + vip, "");

        var items = alice.get("/api/contacts?sort=name").json().path("items");
        assertThat(tagNames(items.get(0))).as("the untagged first row").isEmpty();
        assertThat(tagNames(items.get(1))).containsExactly("Lead", "VIP");
        assertThat(tagNames(items.get(2))).containsExactly("VIP");
        var laterPage = alice.get("/api/contacts?sort=name&limit=1&offset=2").json().path("items");
        assertThat(tagNames(laterPage.get(0))).as("a page that starts past the first contact").containsExactly("VIP");
        var search = alice.get("/api/contacts?q=er").json().path("items");
        assertThat(tagNames(search.get(0))).as("a search's page").containsExactly("Lead", "VIP");
    }

    @Test
    void deletingATagRemovesItsAssignmentsAndKeepsTheContacts() {
        String contact = alice.post("/api/contacts", Map.of("firstName", "Kept")).text("id");
        String tag = alice.post("/api/tags", Map.of("name", "Gone", "color", "#6B7280")).text("id");
        alice.put("/api/contacts/" + contact + "/tags/" + tag, "");

        assertThat(alice.delete("/api/tags/" + tag).status()).isEqualTo(204);

        assertThat(tagNames(alice.get("/api/contacts/" + contact).json())).isEmpty();
        assertThat(alice.get("/api/tags").json().size()).isZero();
    }

    @Test
    void anotherUsersTagOrContactIs404AndNothingChanges() {
        var bob = SignedInClient.signUp(alice.api());
        String bobsTag = bob.post("/api/tags", Map.of("name", "Bob's", "color", "#10B981")).text("id");
        String bobsContact = bob.post("/api/contacts", Map.of("firstName", "Bobs")).text("id");
        String mine = alice.post("/api/contacts", Map.of("firstName", "Mine")).text("id");
        String myTag = alice.post("/api/tags", Map.of("name", "Mine", "color", "#10B981")).text("id");

        assertThat(alice.get("/api/tags/" + bobsTag).status()).isEqualTo(404);
        assertThat(alice.put("/api/contacts/" + mine + "/tags/" + bobsTag, "").status()).isEqualTo(404);
        assertThat(alice.put("/api/contacts/" + bobsContact + "/tags/" + myTag, "").status()).isEqualTo(404);
        assertThat(alice.patch("/api/tags/" + bobsTag, Map.of("name", "Taken")).status()).isEqualTo(404);
        assertThat(alice.delete("/api/tags/" + bobsTag).status()).isEqualTo(404);
        assertThat(bob.get("/api/tags").json().get(0).path("name").asString()).isEqualTo("Bob's");
        assertThat(tagNames(alice.get("/api/contacts/" + mine).json())).isEmpty();
    }

    @Test
    void untaggingWithAnotherUsersContactOrTagIs404AndLeavesTheTagsOn() {
        var bob = SignedInClient.signUp(alice.api());
        String bobsTag = bob.post("/api/tags", Map.of("name", "Bob's", "color", "#10B981")).text("id");
        String bobsContact = bob.post("/api/contacts", Map.of("firstName", "Bobs")).text("id");
        bob.put("/api/contacts/" + bobsContact + "/tags/" + bobsTag, "");
        String mine = alice.post("/api/contacts", Map.of("firstName", "Mine")).text("id");
        String myTag = alice.post("/api/tags", Map.of("name", "Mine", "color", "#10B981")).text("id");
        alice.put("/api/contacts/" + mine + "/tags/" + myTag, "");

        assertThat(alice.delete("/api/contacts/" + mine + "/tags/" + bobsTag).status()).isEqualTo(404);
        assertThat(alice.delete("/api/contacts/" + bobsContact + "/tags/" + myTag).status()).isEqualTo(404);
        assertThat(alice.delete("/api/contacts/" + bobsContact + "/tags/" + bobsTag).status()).isEqualTo(404);

        assertThat(tagNames(alice.get("/api/contacts/" + mine).json())).containsExactly("Mine");
        assertThat(tagNames(bob.get("/api/contacts/" + bobsContact).json())).containsExactly("Bob's");
    }

    @Test
    void theTagListCountsContacts() {
        String tag = alice.post("/api/tags", Map.of("name", "Customer", "color", "#10B981")).text("id");
        for (int i = 0; i < 3; i++) {
            String contact = alice.post("/api/contacts", Map.of("firstName", "C" + i)).text("id");
            alice.put("/api/contacts/" + contact + "/tags/" + tag, "");
        }

        assertThat(alice.get("/api/tags").json().get(0).path("contacts").asInt()).isEqualTo(3);
    }

    private static List<String> tagNames(tools.jackson.databind.JsonNode contact) {
        var names = new ArrayList<String>();
        contact.path("tags").forEach(t -> names.add(t.path("name").asString()));
        return names;
    }
}
