package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.SignedInClient;
import tools.jackson.databind.JsonNode;

/** Deals and stages made through the API, as a client makes them, for the deals API tests. */
final class DealApi {

    private DealApi() {
    }

    /** A deal body with the fields every deal needs; add the rest with {@link #with}. */
    static Map<String, Object> deal(String title, Object value) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("value", value);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static UUID create(SignedInClient user, Map<String, Object> body) {
        var created = user.post("/api/deals", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }

    static UUID create(SignedInClient user, String title, String value, String currency, String stage) {
        return create(user, with(with(deal(title, value), "currency", currency), "stage", stage));
    }

    static JsonNode get(SignedInClient user, UUID deal) {
        var found = user.get("/api/deals/" + deal);
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        return found.json();
    }

    /** The deal's timeline, newest first, as its first page answers it. */
    static List<JsonNode> events(SignedInClient user, UUID deal) {
        var response = user.get("/api/deals/" + deal + "/events");
        assertThat(response.status()).isEqualTo(200);
        var events = new ArrayList<JsonNode>();
        response.json().path("items").forEach(events::add);
        return events;
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asString()).toList();
    }

    static UUID stageId(SignedInClient user, String name) {
        for (JsonNode stage : user.get("/api/stages").json()) {
            if (stage.path("name").asString().equals(name)) {
                return UUID.fromString(stage.path("id").asString());
            }
        }
        throw new AssertionError("no stage " + name);
    }

    /** A money amount from the JSON, compared by value: 300.5 and 300.50 are the same amount. */
    static BigDecimal money(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    /** {currency: value} of a list of {currency, value}, values as plain strings with two decimals. */
    static Map<String, String> amounts(JsonNode list) {
        var amounts = new LinkedHashMap<String, String>();
        list.forEach(a -> amounts.put(a.path("currency").asString(),
                money(a.path("value")).setScale(2).toPlainString()));
        return amounts;
    }
}
