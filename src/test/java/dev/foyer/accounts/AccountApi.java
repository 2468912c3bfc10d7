package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.SignedInClient;
import tools.jackson.databind.JsonNode;

/** Customer accounts and their contacts made through the API, as a client would make them. */
final class AccountApi {

    static final Map<String, Object> ADDRESS = Map.of("street", "123 Main Street", "city", "Anytown",
            "state", "CA", "zip", "12345", "country", "USA");

    private AccountApi() {
    }

    static Map<String, Object> account(String companyName, String customerType, Object... more) {
        var body = new HashMap<String, Object>();
        body.put("companyName", companyName);
        body.put("customerType", customerType);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Creates the account and answers its id. */
    static String create(SignedInClient client, Map<String, Object> body) {
        var created = client.post("/api/accounts", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("id");
    }

    static String create(SignedInClient client, String companyName) {
        return create(client, account(companyName, "Commercial"));
    }

    /** Adds a contact and answers its id. */
    static String addContact(SignedInClient client, String accountId, Map<String, ?> body) {
        var created = client.post("/api/accounts/" + accountId + "/contacts", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.text("id");
    }

    static List<String> ids(ApiClient.Response page) {
        return texts(page.json().path("items"), "id");
    }

    static List<String> texts(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(item -> values.add(item.path(field).asString()));
        return values;
    }
}
