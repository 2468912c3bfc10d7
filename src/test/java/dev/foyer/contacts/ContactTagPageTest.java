package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A list filtered by tags alone pages as the same list with a search that matches every contact,
 * in every order and direction, for a tag on half the contacts, a tag on two and both tags
 * together; a full page counts the tag's contacts.
 */
@FoyerIntegrationTest
class ContactTagPageTest {

    @LocalServerPort
    int port;

    SignedInClient alice;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void everyOrderPagesTheTaggedContactsAsTheGeneralQueryDoes() {
        String common = tag("Common");
        String rare = tag("Rare");
        // Names and companies repeat, differ only in case, or are missing, so that every tie-break counts.
        String[] lastNames = {"Mason", "mason", null, "Allison", "Zed", "Brown"};
        String[] companies = {"Harbour Co", "harbour co", null, "ACME"};
        for (int i = 0; i < 40; i++) {
            var fields = new HashMap<String, Object>();
            fields.put("firstName", i % 7 == 0 ? "Ann" : "Person " + (i % 11));
            if (lastNames[i % lastNames.length] != null) {
                fields.put("lastName", lastNames[i % lastNames.length]);
            }
            if (companies[i % companies.length] != null) {
                fields.put("company", companies[i % companies.length]);
            }
            fields.put("email", "person" + i + "@walk.test");
            String id = alice.post("/api/contacts", fields).text("id");
            if (i % 2 == 0) {
                alice.put("/api/contacts/" + id + "/tags/" + common, Map.of());
            }
            if (i == 12 || i == 30) {
                alice.put("/api/contacts/" + id + "/tags/" + rare, Map.of());
            }
        }

        for (String tags : new String[] {"&tag=" + common, "&tag=" + rare, "&tag=" + common + "&tag=" + rare}) {
            for (String sort : new String[] {"name", "company", "created"}) {
                for (String direction : new String[] {"asc", "desc"}) {
                    String query = tags + "&sort=" + sort + "&direction=" + direction;
                    List<String> tagged = allPages("/api/contacts?" + query);
                    List<String> general = allPages("/api/contacts?q=walk.test" + query);

                    assertThat(tagged).as(query).isEqualTo(general)
                            .hasSize(tags.contains(common) && !tags.contains(rare) ? 20 : 2);
                }
            }
        }
    }

    @Test
    void aFullPageCountsTheTagsContacts() {
        String common = tag("Common");
        for (int i = 0; i < 12; i++) {
            String id = alice.post("/api/contacts", Map.of("firstName", "Tagged", "lastName", "Person " + i)).text("id");
            alice.put("/api/contacts/" + id + "/tags/" + common, Map.of());
            alice.post("/api/contacts", Map.of("firstName", "Untagged", "lastName", "Person " + i));
        }

        var first = alice.get("/api/contacts?limit=5&tag=" + common);

        assertThat(first.json().path("items").size()).isEqualTo(5);
        assertThat(first.json().path("total").asLong()).isEqualTo(12);
        assertThat(first.json().path("totalCapped").asBoolean()).isFalse();
        first.json().path("items").forEach(item -> assertThat(item.path("firstName").asString()).isEqualTo("Tagged"));
        assertThat(first.json().path("items").get(0).path("tags").get(0).path("name").asString()).isEqualTo("Common");
    }

    @Test
    void aRenamedOrMergedContactTakesItsNewPlaceInItsTagsNameOrder() {
        String tag = tag("Common");
        String zed = tagged(tag, Map.of("firstName", "Ann", "lastName", "Zed", "company", "Walk"));
        String mason = tagged(tag, Map.of("firstName", "Bob", "lastName", "Mason", "company", "Walk"));
        String kept = alice.post("/api/contacts", Map.of("firstName", "Cy", "company", "Walk")).text("id");
        String merged = tagged(tag, Map.of("firstName", "Cy", "lastName", "Young", "company", "Walk"));
        assertThat(allPages("/api/contacts?tag=" + tag)).containsExactly(mason, merged, zed);

        alice.patch("/api/contacts/" + zed, Map.of("lastName", "able"));
        alice.post("/api/contacts/" + kept + "/merge", Map.of("otherId", merged));

        List<String> byName = allPages("/api/contacts?tag=" + tag);
        assertThat(byName).containsExactly(zed, mason, kept);
        assertThat(byName).isEqualTo(allPages("/api/contacts?q=walk&tag=" + tag));
    }

    private String tagged(String tag, Map<String, Object> fields) {
        String id = alice.post("/api/contacts", fields).text("id");
        alice.put("/api/contacts/" + id + "/tags/" + tag, Map.of());
        return id;
    }

    private String tag(String name) {
        return alice.post("/api/tags", Map.of("name", name, "color", "#3B82F6")).text("id");
    }

    private List<String> allPages(String path) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 3) {
            var page = alice.get(path + "&limit=3&offset=" + offset);
            assertThat(page.status()).as(path).isEqualTo(200);
            page.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
            if (page.json().path("items").size() < 3) {
                assertThat(page.json().path("total").asLong()).as(path).isEqualTo(ids.size());
                return ids;
            }
        }
    }
}
