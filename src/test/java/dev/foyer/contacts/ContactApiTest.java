package dev.foyer.contacts;

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
class ContactApiTest {

    @LocalServerPort
    int port;

    SignedInClient alice;

    @BeforeEach
    void signIn() {
        alice = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void createsReadsUpdatesAndDeletesAContact() {
        var created = alice.post("/api/contacts", Map.of("firstName", "Sarah", "lastName", "Chen",
                "email", "Sarah.Chen@Example.com", "phone", "+61 412 345 678", "company", "TechCorp"));
        String id = created.text("id");

        var updated = alice.patch("/api/contacts/" + id, Map.of("jobTitle", "CTO", "company", ""));
        var deleted = alice.delete("/api/contacts/" + id);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/contacts/" + id);
        assertThat(created.text("email")).isEqualTo("sarah.chen@example.com");
        assertThat(created.text("phone")).isEqualTo("+61 412 345 678");
        assertThat(updated.text("jobTitle")).isEqualTo("CTO");
        assertThat(updated.text("company")).isNull();
        assertThat(updated.text("firstName")).isEqualTo("Sarah");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(alice.get("/api/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void needsAFirstOrLastNameAndAValidEmail() {
        var noName = alice.post("/api/contacts", Map.of("email", "x@example.com"));
        var badEmail = alice.post("/api/contacts", Map.of("firstName", "X", "email", "not-an-email"));
        var longName = alice.post("/api/contacts", Map.of("firstName", "x".repeat(101)));
        var noNameBadEmail = alice.post("/api/contacts", Map.of("lastName", " ", "email", "not-an-email"));

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorFields()).containsExactly("firstName");
        assertThat(badEmail.errorFields()).containsExactly("email");
        assertThat(longName.errorFields()).containsExactly("firstName");
        assertThat(noNameBadEmail.errorFields()).containsExactlyInAnyOrder("firstName", "email");
        assertThat(alice.get("/api/contacts").json().path("total").asLong()).isZero();
    }

    @Test
    void clearingTheOnlyNameIsRefusedAndChangesNothing() {
        String id = alice.post("/api/contacts", Map.of("firstName", "Only")).text("id");

        var cleared = alice.patch("/api/contacts/" + id, Map.of("firstName", ""));

        assertThat(cleared.status()).isEqualTo(400);
        assertThat(cleared.errorFields()).containsExactly("firstName");
        assertThat(alice.get("/api/contacts/" + id).text("firstName")).isEqualTo("Only");
    }

    @Test
    void aBadEmailInAnEditIsNamedAndChangesNothing() {
        String id = alice.post("/api/contacts", Map.of("firstName", "Kept", "email", "kept@example.com")).text("id");

        var refused = alice.patch("/api/contacts/" + id, Map.of("firstName", "Changed", "email", "not-an-email"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("email");
        assertThat(alice.get("/api/contacts/" + id).text("firstName")).isEqualTo("Kept");
        assertThat(alice.get("/api/contacts/" + id).text("email")).isEqualTo("kept@example.com");
    }

    @Test
    void searchesNameEmailCompanyAndPhoneInAnyCase() {
        alice.post("/api/contacts", Map.of("firstName", "Mia", "lastName", "Wong", "company", "Harbourside Realty"));
        alice.post("/api/contacts", Map.of("firstName", "Tom", "lastName", "Baker", "phone", "(02) 9876 5432"));

        assertThat(names(alice.get("/api/contacts?q=HARBOUR"))).containsExactly("Mia Wong");
        assertThat(names(alice.get("/api/contacts?q=98765"))).containsExactly("Tom Baker");
        assertThat(names(alice.get("/api/contacts?q=wong"))).containsExactly("Mia Wong");
    }

    @Test
    void sortsByNameCompanyOrCreationAndPages() {
        for (String last : List.of("Delta", "alpha", "Charlie", "bravo")) {
            alice.post("/api/contacts", Map.of("firstName", "P", "lastName", last, "company", "Co " + last.toUpperCase()));
        }

        var byName = alice.get("/api/contacts?sort=name&limit=2");
        var secondPage = alice.get("/api/contacts?sort=name&limit=2&offset=2");
        var byCreationDesc = alice.get("/api/contacts?sort=created&direction=desc&limit=1");

        assertThat(names(byName)).containsExactly("P alpha", "P bravo");
        assertThat(byName.json().path("total").asInt()).isEqualTo(4);
        assertThat(names(secondPage)).containsExactly("P Charlie", "P Delta");
        assertThat(names(byCreationDesc)).containsExactly("P bravo");
    }

    @Test
    void badListParametersAreNamed() {
        assertThat(alice.get("/api/contacts?sort=age").errorFields()).containsExactly("sort");
        assertThat(alice.get("/api/contacts?direction=up").errorFields()).containsExactly("direction");
        assertThat(alice.get("/api/contacts?limit=0").errorFields()).containsExactly("limit");
        assertThat(alice.get("/api/contacts?offset=-1").errorFields()).containsExactly("offset");
        assertThat(alice.get("/api/contacts?tag=nope").errorFields()).containsExactly("tag");
        assertThat(alice.get("/api/contacts/not-a-uuid").errorFields()).containsExactly("id");
        assertThat(alice.delete("/api/contacts/not-a-uuid").errorFields()).containsExactly("id");
    }

    @Test
    void anotherUsersContactIs404AndUnchanged() {
        var bob = SignedInClient.signUp(alice.api());
        String id = bob.post("/api/contacts", Map.of("firstName", "Bob's", "lastName", "Friend")).text("id");

        assertThat(alice.get("/api/contacts/" + id).status()).isEqualTo(404);
        assertThat(alice.patch("/api/contacts/" + id, Map.of("firstName", "Stolen")).status()).isEqualTo(404);
        assertThat(alice.delete("/api/contacts/" + id).status()).isEqualTo(404);
        assertThat(alice.get("/api/contacts?q=friend").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/contacts/" + id).text("firstName")).isEqualTo("Bob's");
    }

    static List<String> names(ApiClient.Response page) {
        var names = new ArrayList<String>();
        page.json().path("items").forEach(c -> names.add(c.path("firstName").asString() + " " + c.path("lastName").asString()));
        return names;
    }
}
