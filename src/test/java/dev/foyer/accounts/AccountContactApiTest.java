package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contacts of a customer account through /api/accounts/{id}/contacts. */
@FoyerIntegrationTest
class AccountContactApiTest {

    @LocalServerPort
    int port;

    SignedInClient owner;
    String account;

    @BeforeEach
    void setUp() {
        owner = SignedInClient.signUp(new ApiClient(port));
        account = AccountApi.create(owner, "Northwind Plumbing");
    }

    @Test
    void addsAContactWithEveryFieldAndReadsItBack() {
        var created = owner.post(contacts(), Map.of("name", " Dana Reyes ", "email", "Dana@Northwind.example",
                "phone", "+61 412 345 678", "role", "Office manager", "notes", "Prefers email"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo(contacts() + "/" + id);
        var contact = owner.get(created.header("Location")).json();
        assertThat(onlyContact()).isEqualTo(contact);
        assertThat(contact.path("id").asString()).isEqualTo(id);
        assertThat(contact.path("accountId").asString()).isEqualTo(account);
        assertThat(contact.path("name").asString()).isEqualTo("Dana Reyes");
        assertThat(contact.path("email").asString()).isEqualTo("Dana@Northwind.example");
        assertThat(contact.path("phone").asString()).isEqualTo("+61412345678");
        assertThat(contact.path("role").asString()).isEqualTo("Office manager");
        assertThat(contact.path("notes").asString()).isEqualTo("Prefers email");
        assertThat(contact.path("isPrimary").asBoolean()).isFalse();
        assertThat(contact.path("createdBy").asString()).isEqualTo(owner.userId().toString());
        assertThat(owner.get("/api/accounts/" + account).json().path("contactCount").asLong()).isEqualTo(1);
    }

    @Test
    void patchChangesOnlyWhatItNamesAndEmptyClears() {
        String id = AccountApi.addContact(owner, account, Map.of("name", "Lee", "email", "lee@example.com",
                "role", "Owner", "phone", "0412 345 678"));
        var body = new HashMap<String, Object>();
        body.put("role", "");
        body.put("email", null);

        var patched = owner.patch(contacts() + "/" + id, body);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("role")).isNull();
        assertThat(patched.text("email")).isEqualTo("lee@example.com");
        assertThat(patched.text("phone")).isEqualTo("+61412345678");
        assertThat(patched.text("name")).isEqualTo("Lee");
    }

    @Test
    void deletesAContact() {
        String id = AccountApi.addContact(owner, account, Map.of("name", "Gone Soon"));

        assertThat(owner.delete(contacts() + "/" + id).status()).isEqualTo(204);

        assertThat(owner.get(contacts()).json().path("total").asLong()).isZero();
        assertThat(owner.delete(contacts() + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void requiresAName() {
        var missing = owner.post(contacts(), Map.of("email", "x@example.com"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("name");

        String id = AccountApi.addContact(owner, account, Map.of("name", "Named"));
        var blank = owner.patch(contacts() + "/" + id, Map.of("name", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("name");
        // Ideographic and em spaces are spaces too: strip() would have saved an empty name.
        var wide = owner.post(contacts(), Map.of("name", "\u3000"));
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.errorFields()).containsExactly("name");
        var em = owner.patch(contacts() + "/" + id, Map.of("name", "\u2003"));
        assertThat(em.status()).isEqualTo(400);
        assertThat(em.errorFields()).containsExactly("name");
        assertThat(owner.get(contacts()).json().path("items").get(0).path("name").asString()).isEqualTo("Named");
    }

    @Test
    void refusesAMalformedEmail() {
        for (String email : new String[] {"not-an-email", "dana@localhost", "dana @example.com", "a@b@c.com"}) {
            var refused = owner.post(contacts(), Map.of("name", "Dana", "email", email));
            assertThat(refused.status()).as(email).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("email");
        }
        assertThat(owner.get(contacts()).json().path("total").asLong()).isZero();
    }

    @Test
    void refusesAPhoneNumberThatCannotBeDialled() {
        var refused = owner.post(contacts(), Map.of("name", "Dana", "phone", "12"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("phone");
    }

    @Test
    void namesTheNameAndThePhoneInOneAnswer() {
        var added = owner.post(contacts(), Map.of("name", " ", "phone", "12"));

        assertThat(added.status()).isEqualTo(400);
        assertThat(added.errorFields()).containsExactlyInAnyOrder("name", "phone");

        String id = AccountApi.addContact(owner, account, Map.of("name", "Kept"));
        var patched = owner.patch(contacts() + "/" + id, Map.of("email", "not-an-email", "phone", "12"));

        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errorFields()).containsExactlyInAnyOrder("email", "phone");
        assertThat(onlyContact().path("email").isNull()).isTrue();
    }

    @Test
    void aSecondContactWithTheSameEmailInTheAccountIsAConflictNamingEmail() {
        AccountApi.addContact(owner, account, Map.of("name", "First", "email", "shared@example.com"));

        var clash = owner.post(contacts(), Map.of("name", "Second", "email", "SHARED@example.com"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("type").asString()).isEqualTo("/problems/conflict");
        assertThat(clash.errorFields()).containsExactly("email");
        assertThat(owner.get(contacts()).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theSameEmailInAnotherAccountIsFine() {
        String other = AccountApi.create(owner, "Other Account");
        AccountApi.addContact(owner, account, Map.of("name", "Dana", "email", "dana@example.com"));

        var created = owner.post("/api/accounts/" + other + "/contacts", Map.of("name", "Dana", "email", "dana@example.com"));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void aNewPrimaryContactUnmarksTheOldOne() {
        String first = AccountApi.addContact(owner, account, Map.of("name", "Zed First", "isPrimary", true));
        String second = AccountApi.addContact(owner, account, Map.of("name", "Amy Second", "isPrimary", true));

        assertThat(primaries()).containsExactly(second);

        var patched = owner.patch(contacts() + "/" + first, Map.of("isPrimary", true));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("isPrimary").asBoolean()).isTrue();
        assertThat(primaries()).containsExactly(first);
        // The account lists its primary contact first, then by name.
        assertThat(AccountApi.texts(owner.get("/api/accounts/" + account).json().path("contacts"), "id"))
                .containsExactly(first, second);
    }

    @Test
    void steppingThePrimaryDownLeavesNoPrimary() {
        String only = AccountApi.addContact(owner, account, Map.of("name", "Solo", "isPrimary", true));

        owner.patch(contacts() + "/" + only, Map.of("isPrimary", false));

        assertThat(primaries()).isEmpty();
    }

    @Test
    void aRefusedChangeLeavesThePrimaryContactWhereItWas() {
        String primary = AccountApi.addContact(owner, account, Map.of("name", "Primary", "isPrimary", true,
                "email", "taken@example.com"));
        String other = AccountApi.addContact(owner, account, Map.of("name", "Other"));

        // Making Other primary unmarks Primary first; the email clash then undoes the whole request.
        var clash = owner.patch(contacts() + "/" + other, Map.of("isPrimary", true, "email", "taken@example.com"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.errorFields()).containsExactly("email");
        assertThat(primaries()).containsExactly(primary);

        var clashOnAdd = owner.post(contacts(), Map.of("name", "Third", "isPrimary", true, "email", "TAKEN@example.com"));
        assertThat(clashOnAdd.status()).isEqualTo(409);
        assertThat(primaries()).containsExactly(primary);
    }

    @Test
    void listsContactsPagedInAStableOrder() {
        for (String name : List.of("Carol", "alice", "Bob")) {
            AccountApi.addContact(owner, account, Map.of("name", name));
        }

        var first = owner.get(contacts() + "?limit=2");
        var second = owner.get(contacts() + "?limit=2&offset=2");

        assertThat(first.json().path("total").asLong()).isEqualTo(3);
        assertThat(AccountApi.texts(first.json().path("items"), "name")).containsExactly("alice", "Bob");
        assertThat(AccountApi.texts(second.json().path("items"), "name")).containsExactly("Carol");
        assertThat(owner.get(contacts() + "?limit=0").errorFields()).containsExactly("limit");
    }

    @Test
    void anAccountEmbedsTheFirstPageOfItsContactsAndPointsToTheRest() {
        for (int i = 1; i <= 54; i++) {
            AccountApi.addContact(owner, account, Map.of("name", "Person %02d".formatted(i)));
        }
        String primary = AccountApi.addContact(owner, account, Map.of("name", "Zed Primary", "isPrimary", true));

        var read = owner.get("/api/accounts/" + account).json();
        var rest = owner.get(read.path("contactsUrl").asString() + "?offset=50");

        assertThat(read.path("contactCount").asLong()).isEqualTo(55);
        assertThat(read.path("contacts").size()).isEqualTo(50);
        assertThat(read.path("contacts").get(0).path("id").asString()).isEqualTo(primary);
        assertThat(read.path("contactsUrl").asString()).isEqualTo(contacts());
        assertThat(AccountApi.texts(rest.json().path("items"), "name"))
                .containsExactly("Person 50", "Person 51", "Person 52", "Person 53", "Person 54");
        assertThat(owner.get("/api/accounts").json().path("items").get(0).has("contactsUrl")).isFalse();
    }

    @Test
    void aMalformedIdIsNamed() {
        assertThat(owner.get(contacts() + "/not-a-uuid").errorFields()).containsExactly("contactId");
        assertThat(owner.get("/api/accounts/not-a-uuid/contacts/" + java.util.UUID.randomUUID()).errorFields())
                .containsExactly("id");
    }

    private String contacts() {
        return "/api/accounts/" + account + "/contacts";
    }

    private JsonNode onlyContact() {
        var list = owner.get(contacts());
        assertThat(list.json().path("items").size()).isEqualTo(1);
        return list.json().path("items").get(0);
    }

    private List<String> primaries() {
        var ids = new java.util.ArrayList<String>();
        owner.get(contacts()).json().path("items").forEach(c -> {
            if (c.path("isPrimary").asBoolean()) {
                ids.add(c.path("id").asString());
            }
        });
        return ids;
    }
}
