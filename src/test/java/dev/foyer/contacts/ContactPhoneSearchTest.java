package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A number is found however it is typed, in the list, its total and the export alike. */
@FoyerIntegrationTest
class ContactPhoneSearchTest {

    @LocalServerPort
    int port;

    SignedInClient alice;
    String customer;

    @BeforeEach
    void twoWaysOfWritingOneMobile() {
        alice = SignedInClient.signUp(new ApiClient(port));
        customer = alice.post("/api/tags", Map.of("name", "Customer", "color", "#10B981")).text("id");
        for (var contact : Map.of("Chen", "+61 412 345 678", "Local", "0412 345 678", "Other", "(02) 9876 5432").entrySet()) {
            String id = alice.post("/api/contacts", Map.of("firstName", "Sarah", "lastName", contact.getKey(),
                    "phone", contact.getValue())).text("id");
            alice.put("/api/contacts/" + id + "/tags/" + customer, Map.of());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0412 345 678", "0412345678", "0412-345-678", "+61 412 345 678", "(04) 1234-5678",
            "412 345", "0412.345"})
    void findsTheNumberHoweverItIsTyped(String typed) {
        String q = "?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);

        var listed = alice.get("/api/contacts" + q + "&sort=created");
        var tagged = alice.get("/api/contacts" + q + "&tag=" + customer + "&sort=created");
        var exported = new ContactFiles(port, alice).export(q);

        assertThat(ContactApiTest.names(listed)).containsExactlyInAnyOrder("Sarah Chen", "Sarah Local");
        assertThat(listed.json().path("total").asInt()).isEqualTo(2);
        assertThat(ContactApiTest.names(tagged)).containsExactlyInAnyOrder("Sarah Chen", "Sarah Local");
        assertThat(tagged.json().path("total").asInt()).isEqualTo(2);
        assertThat(exported.body()).contains("Sarah,Chen,").contains("Sarah,Local,").doesNotContain("Other");
    }

    @Test
    void textIsSearchedAsTyped() {
        alice.post("/api/contacts", Map.of("firstName", "Mia", "lastName", "Chen", "company", "Unit 0412-B"));

        assertThat(ContactApiTest.names(alice.get("/api/contacts?q=Chen&sort=created")))
                .containsExactly("Sarah Chen", "Mia Chen");
        assertThat(ContactApiTest.names(alice.get("/api/contacts?q=0412-b"))).containsExactly("Mia Chen");
        assertThat(ContactApiTest.names(alice.get("/api/contacts?q=(02)"))).containsExactly("Sarah Other");
    }
}
