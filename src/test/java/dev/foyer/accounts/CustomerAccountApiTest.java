package dev.foyer.accounts;

import static dev.foyer.accounts.AccountApi.ADDRESS;
import static dev.foyer.accounts.AccountApi.account;
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

/** Creating, reading, changing and deleting customer accounts through /api/accounts. */
@FoyerIntegrationTest
class CustomerAccountApiTest {

    @LocalServerPort
    int port;

    SignedInClient owner;

    @BeforeEach
    void signUp() {
        owner = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void createsAnAccountAndReadsItBack() {
        var created = owner.post("/api/accounts", account(" Acme Homes ", "Residential", "billingAddress", ADDRESS,
                "serviceAddress", Map.of("city", "Elsewhere"), "notes", "Gate code 42", "tags", List.of(" vip ", "north")));

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/accounts/" + id);

        var read = owner.get("/api/accounts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("companyName")).isEqualTo("Acme Homes");
        assertThat(read.text("customerType")).isEqualTo("Residential");
        assertThat(read.json().path("billingAddress").path("zip").asString()).isEqualTo("12345");
        assertThat(read.json().path("billingAddress").path("country").asString()).isEqualTo("USA");
        assertThat(read.json().path("serviceAddress").path("city").asString()).isEqualTo("Elsewhere");
        assertThat(read.json().path("serviceAddress").has("street")).isFalse();
        assertThat(read.text("notes")).isEqualTo("Gate code 42");
        assertThat(AccountApi.texts(read.json().path("tags"), "x")).hasSize(2);
        assertThat(read.json().path("tags").get(0).asString()).isEqualTo("vip");
        assertThat(read.text("createdBy")).isEqualTo(owner.userId().toString());
        assertThat(read.text("updatedBy")).isNull();
        assertThat(read.json().path("contacts").isArray()).isTrue();
        assertThat(read.json().path("contacts").size()).isZero();
    }

    @Test
    void patchChangesOnlyTheFieldsItNamesAndRecordsTheEditor() {
        String id = AccountApi.create(owner, account("Before Pty", "Commercial", "billingAddress", ADDRESS,
                "notes", "Keep me", "tags", List.of("a")));
        var body = new HashMap<String, Object>();
        body.put("companyName", "After Pty");
        body.put("notes", null);

        var patched = owner.patch("/api/accounts/" + id, body);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("companyName")).isEqualTo("After Pty");
        assertThat(patched.text("customerType")).isEqualTo("Commercial");
        assertThat(patched.text("notes")).isEqualTo("Keep me");
        assertThat(patched.json().path("billingAddress").path("street").asString()).isEqualTo("123 Main Street");
        assertThat(patched.json().path("tags").size()).isEqualTo(1);
        assertThat(patched.text("updatedBy")).isEqualTo(owner.userId().toString());
    }

    @Test
    void patchClearsNotesAddressAndTagsWithEmptyValues() {
        String id = AccountApi.create(owner, account("Clearable", "Commercial", "billingAddress", ADDRESS,
                "notes", "Old", "tags", List.of("a", "b")));

        var patched = owner.patch("/api/accounts/" + id, Map.of("notes", "", "billingAddress", Map.of(),
                "tags", List.of(), "customerType", "Residential"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("notes")).isNull();
        assertThat(patched.json().path("billingAddress").size()).isZero();
        assertThat(patched.json().path("tags").size()).isZero();
        assertThat(patched.text("customerType")).isEqualTo("Residential");
    }

    @Test
    void deletingAnAccountDeletesItsContacts() {
        String id = AccountApi.create(owner, "Short Lived");
        String contact = AccountApi.addContact(owner, id, Map.of("name", "Dana Reyes", "isPrimary", true));

        assertThat(owner.delete("/api/accounts/" + id).status()).isEqualTo(204);

        assertThat(owner.get("/api/accounts/" + id).status()).isEqualTo(404);
        assertThat(owner.get("/api/accounts/" + id + "/contacts").status()).isEqualTo(404);
        assertThat(owner.patch("/api/accounts/" + id + "/contacts/" + contact, Map.of("role", "x")).status())
                .isEqualTo(404);
        assertThat(owner.delete("/api/accounts/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesACustomerTypeOtherThanResidentialOrCommercial() {
        for (String type : new String[] {"Industrial", "residential", ""}) {
            var refused = owner.post("/api/accounts", account("Typed", type));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("customerType");
        }
        String id = AccountApi.create(owner, "Typed");
        var patched = owner.patch("/api/accounts/" + id, Map.of("customerType", "Industrial"));
        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errorFields()).containsExactly("customerType");
        assertThat(owner.get("/api/accounts/" + id).text("customerType")).isEqualTo("Commercial");
    }

    @Test
    void requiresCompanyNameAndCustomerType() {
        var refused = owner.post("/api/accounts", Map.of("companyName", "  "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/validation");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("companyName", "customerType");
    }

    @Test
    void aNameOfWideOrEmSpacesIsBlank() {
        for (String blank : new String[] {"\u3000", "\u2003\u2003", " \u2002 "}) {
            var refused = owner.post("/api/accounts", account(blank, "Residential"));
            assertThat(refused.status()).as(blank).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("companyName");
        }
        String id = AccountApi.create(owner, "Spaced");
        var patched = owner.patch("/api/accounts/" + id, Map.of("companyName", "\u3000"));
        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errorFields()).containsExactly("companyName");
        assertThat(owner.get("/api/accounts/" + id).text("companyName")).isEqualTo("Spaced");
        assertThat(owner.get("/api/accounts").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownAddressKeyByName() {
        var address = new HashMap<>(ADDRESS);
        address.put("street2", "Suite 4");

        var refused = owner.post("/api/accounts", account("Keys", "Commercial", "billingAddress", address));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("billingAddress.street2");
        assertThat(owner.get("/api/accounts").json().path("total").asLong()).isZero();
    }

    @Test
    void refusesBadAddressPartsNamingEach() {
        var refused = owner.post("/api/accounts", account("Parts", "Commercial",
                "billingAddress", Map.of("street", 42, "zip", "12#45"),
                "serviceAddress", Map.of("city", "x".repeat(101), "country", "U5A")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("billingAddress.street", "billingAddress.zip",
                "serviceAddress.city", "serviceAddress.country");
    }

    @Test
    void namesEveryBadFieldInOneAnswerAnnotatedAndAddressAndTagsAlike() {
        var created = owner.post("/api/accounts", account(" ", "Industrial",
                "billingAddress", Map.of("zip", "12#45"), "tags", List.of("Sales, West")));

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.errorFields()).containsExactlyInAnyOrder("companyName", "customerType",
                "billingAddress.zip", "tags[0]");

        String id = AccountApi.create(owner, account("Whole", "Commercial"));
        var patched = owner.patch("/api/accounts/" + id, Map.of("companyName", "x".repeat(201),
                "serviceAddress", Map.of("country", "U5A")));

        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errorFields()).containsExactlyInAnyOrder("companyName", "serviceAddress.country");
        assertThat(owner.get("/api/accounts/" + id).text("companyName")).isEqualTo("Whole");
    }

    @Test
    void refusesAnAddressThatIsNotAnObject() {
        var refused = owner.post("/api/accounts", account("Shape", "Commercial", "serviceAddress", "123 Main Street"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("serviceAddress");
    }

    @Test
    void patchWithABadAddressChangesNothing() {
        String id = AccountApi.create(owner, account("Steady", "Commercial", "billingAddress", ADDRESS));

        var refused = owner.patch("/api/accounts/" + id, Map.of("companyName", "Changed",
                "billingAddress", Map.of("zip", "!")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("billingAddress.zip");
        var read = owner.get("/api/accounts/" + id);
        assertThat(read.text("companyName")).isEqualTo("Steady");
        assertThat(read.json().path("billingAddress").path("zip").asString()).isEqualTo("12345");
    }

    @Test
    void trimsAndDeduplicatesTagsAndRefusesBadOnes() {
        String id = AccountApi.create(owner, account("Tagged", "Commercial", "tags", List.of(" VIP", "vip ", "north", "VIP")));
        assertThat(AccountApi.texts(owner.get("/api/accounts/" + id).json().path("tags"), "")).hasSize(2);

        var blank = owner.post("/api/accounts", account("Tagged", "Commercial", "tags", List.of("ok", " ")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("tags[1]");

        // The form and the list's filter separate tags with commas: one tag "Sales, West" would come back as two.
        var comma = owner.post("/api/accounts", account("Tagged", "Commercial", "tags", List.of("ok", "Sales, West")));
        assertThat(comma.status()).isEqualTo(400);
        assertThat(comma.errorFields()).containsExactly("tags[1]");

        var tooLong = owner.post("/api/accounts", account("Tagged", "Commercial", "tags", List.of("x".repeat(41))));
        assertThat(tooLong.errorFields()).containsExactly("tags[0]");

        var tooMany = owner.post("/api/accounts", account("Tagged", "Commercial",
                "tags", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("tags");
    }

    @Test
    void aBadUuidInThePathIsA400NamingTheParameter() {
        var account = owner.get("/api/accounts/not-a-uuid");
        assertThat(account.status()).isEqualTo(400);
        assertThat(account.errorFields()).containsExactly("id");

        assertThat(owner.patch("/api/accounts/123", Map.of("notes", "x")).errorFields()).containsExactly("id");
        assertThat(owner.delete("/api/accounts/123").errorFields()).containsExactly("id");
        assertThat(owner.get("/api/accounts/123/contacts").errorFields()).containsExactly("id");

        String id = AccountApi.create(owner, "Real");
        var contact = owner.patch("/api/accounts/" + id + "/contacts/nope", Map.of("role", "x"));
        assertThat(contact.status()).isEqualTo(400);
        assertThat(contact.errorFields()).containsExactly("contactId");
        assertThat(owner.delete("/api/accounts/" + id + "/contacts/nope").errorFields()).containsExactly("contactId");
    }

    @Test
    void anAccountNobodyHasIs404() {
        var missing = owner.get("/api/accounts/" + java.util.UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void theOpenApiDocumentDescribesAccountsWithTheirAddressShape() {
        var document = owner.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        var paths = document.json().path("paths");
        assertThat(paths.has("/api/accounts")).isTrue();
        assertThat(paths.has("/api/accounts/{id}/contacts/{contactId}")).isTrue();
        assertThat(paths.has("/api/accounts/stats")).isTrue();
        assertThat(document.json().path("components").path("schemas").path("Address").path("properties").has("zip"))
                .isTrue();
    }
}
