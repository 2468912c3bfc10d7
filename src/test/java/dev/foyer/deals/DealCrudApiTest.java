package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
import static dev.foyer.deals.DealApi.money;
import static dev.foyer.deals.DealApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Seed 004's deals through /api/deals: create, read, list, change and delete. */
@FoyerIntegrationTest
class DealCrudApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SignedInClient user;
    SeedRows rows;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
        rows = new SeedRows(jdbc, users);
    }

    @Test
    void newDealIsInAudAndTheFirstStageAndActiveByDefault() {
        var created = user.post("/api/deals", deal("Enterprise License", 5000));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/deals/" + created.text("id"));
        assertThat(created.text("currency")).isEqualTo("AUD");
        assertThat(created.text("stage")).isEqualTo("Prospecting");
        assertThat(created.text("status")).isEqualTo("active");
        assertThat(money(created.json().path("value"))).isEqualByComparingTo("5000");
        assertThat(created.json().path("contact").isNull()).isTrue();
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        UUID contact = rows.contact(ActingUser.of(user.userId()));
        var body = deal("Annual Support", "25000.50");
        body.putAll(Map.of("currency", "USD", "stage", "Proposal", "contactId", contact, "probability", 60,
                "expectedCloseDate", "2026-03-31", "nextAction", "Send contract",
                "nextActionDue", "2026-03-01T09:00:00+10:00", "description", "Renewal"));
        UUID id = DealApi.create(user, body);

        JsonNode deal = DealApi.get(user, id);

        assertThat(deal.path("title").asString()).isEqualTo("Annual Support");
        assertThat(user.get("/api/deals/" + id).raw().body()).contains("\"value\":25000.50");
        assertThat(deal.path("currency").asString()).isEqualTo("USD");
        assertThat(deal.path("stage").asString()).isEqualTo("Proposal");
        assertThat(deal.path("contact").path("id").asString()).isEqualTo(contact.toString());
        assertThat(deal.path("contact").path("name").asString()).isEqualTo("Sarah Chen");
        assertThat(deal.path("probability").asInt()).isEqualTo(60);
        assertThat(deal.path("expectedCloseDate").asString()).isEqualTo("2026-03-31");
        assertThat(deal.path("nextAction").asString()).isEqualTo("Send contract");
        assertThat(deal.path("nextActionDue").asString()).isEqualTo("2026-02-28T23:00:00Z");
        assertThat(deal.path("description").asString()).isEqualTo("Renewal");
    }

    @Test
    void aDealAndTheListCarryTheContactsNameAndEmail() {
        var sarah = user.post("/api/contacts", Map.of("firstName", "Sarah", "lastName", "Chen",
                "email", "sarah.chen@example.com"));
        var james = user.post("/api/contacts", Map.of("firstName", "James"));
        UUID withEmail = DealApi.create(user, with(deal("Cloud Migration", 50000), "contactId", sarah.text("id")));
        UUID withoutEmail = DealApi.create(user, with(deal("Annual Support", 25000), "contactId", james.text("id")));

        var contact = DealApi.get(user, withEmail).path("contact");
        var listed = user.get("/api/deals").json().path("items");

        assertThat(contact.path("id").asString()).isEqualTo(sarah.text("id"));
        assertThat(contact.path("name").asString()).isEqualTo("Sarah Chen");
        assertThat(contact.path("email").asString()).isEqualTo("sarah.chen@example.com");
        assertThat(DealApi.get(user, withoutEmail).path("contact").path("email").isNull()).isTrue();
        assertThat(ids(user.get("/api/deals").json())).containsExactly(withoutEmail, withEmail);
        assertThat(listed.get(1).path("contact").path("email").asString()).isEqualTo("sarah.chen@example.com");
        assertThat(listed.get(0).path("contact").path("name").asString()).isEqualTo("James");
    }

    @Test
    void lowerCaseCurrencyIsStoredUpperCase() {
        UUID id = DealApi.create(user, with(deal("Consulting Package", 12000), "currency", "usd"));

        assertThat(DealApi.get(user, id).path("currency").asString()).isEqualTo("USD");
    }

    @Test
    void valuesAreDecimalsWithCentsNeverDoubles() {
        UUID id = DealApi.create(user, deal("Rounding trap", "0.10"));
        DealApi.create(user, deal("Rounding trap", 0.20));

        // The raw text: a double would sum to 0.30000000000000004, and the client's parser drops the trailing 0.
        assertThat(user.get("/api/deals/" + id).raw().body()).contains("\"value\":0.10");
        assertThat(user.get("/api/pipeline").raw().body()).contains("\"totals\":[{\"currency\":\"AUD\",\"value\":0.30}]");
    }

    @Test
    void patchChangesOnlyTheFieldsItNamesAndClearsThoseListedInClear() {
        UUID contact = rows.contact(ActingUser.of(user.userId()));
        UUID id = DealApi.create(user, with(with(deal("Cloud Migration", 50000), "contactId", contact),
                "description", "Phase one"));

        var patched = user.patch("/api/deals/" + id, Map.of("title", "Cloud Migration II", "probability", 80,
                "clear", List.of("contactId")));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("title")).isEqualTo("Cloud Migration II");
        assertThat(patched.json().path("probability").asInt()).isEqualTo(80);
        assertThat(patched.text("description")).isEqualTo("Phase one");
        assertThat(money(patched.json().path("value"))).isEqualByComparingTo("50000");
        assertThat(patched.json().path("contact").isNull()).isTrue();
    }

    @Test
    void deleteRemovesTheDealAndItsTimeline() {
        UUID id = DealApi.create(user, deal("Training Program", 8000));

        assertThat(user.delete("/api/deals/" + id).status()).isEqualTo(204);

        assertThat(user.get("/api/deals/" + id).status()).isEqualTo(404);
        assertThat(user.delete("/api/deals/" + id).status()).isEqualTo(404);
        assertThat(users.inTransactionAs(ActingUser.of(user.userId()), () -> jdbc.sql(
                "select count(*) from deal_events where deal_id = :id").param("id", id).query(Long.class).single()))
                .isZero();
    }

    @Test
    void listIsNewestFirstPaginatedAndFiltered() {
        UUID contact = rows.contact(ActingUser.of(user.userId()));
        UUID first = DealApi.create(user, deal("Enterprise License", 5000));
        UUID second = DealApi.create(user, with(deal("Consulting Package", 12000), "contactId", contact));
        UUID third = DealApi.create(user, with(deal("Annual support", 25000), "stage", "Closed Won"));

        var page = user.get("/api/deals?limit=2&offset=0").json();
        var next = user.get("/api/deals?limit=2&offset=2").json();

        assertThat(ids(page)).containsExactly(third, second);
        assertThat(ids(next)).containsExactly(first);
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(ids(user.get("/api/deals?status=won").json())).containsExactly(third);
        assertThat(ids(user.get("/api/deals?stage=Prospecting").json())).containsExactly(second, first);
        assertThat(ids(user.get("/api/deals?contactId=" + contact).json())).containsExactly(second);
        assertThat(ids(user.get("/api/deals?q=SUPPORT").json())).containsExactly(third);
    }

    @Test
    void deletingTheContactKeepsTheDealUnlinkedAndSaysSoOnItsTimeline() {
        var contact = user.post("/api/contacts", Map.of("firstName", "Sarah", "lastName", "Chen"));
        assertThat(contact.status()).isEqualTo(201);
        UUID id = DealApi.create(user, with(deal("Cloud Migration", 50000), "contactId", contact.text("id")));

        assertThat(user.delete("/api/contacts/" + contact.text("id")).status()).isEqualTo(204);

        JsonNode deal = DealApi.get(user, id);
        assertThat(deal.path("contact").isNull()).isTrue();
        assertThat(deal.path("title").asString()).isEqualTo("Cloud Migration");
        var events = user.get("/api/deals/" + id + "/events").json();
        assertThat(events.path("total").asLong()).isEqualTo(2);
        assertThat(events.path("items").get(0).path("metadata").path("fields").path("contactId").path("from")
                .asString()).isEqualTo(contact.text("id"));
    }

    @Test
    void aSecondActiveDealOnOnePropertyIsAConflictNamingPropertyId() {
        UUID property = rows.property(ActingUser.of(user.userId()));
        UUID won = DealApi.create(user, with(with(deal("First sale", 500000), "propertyId", property), "stage",
                "Closed Won"));
        DealApi.create(user, with(deal("Second sale", 600000), "propertyId", property));

        var second = user.post("/api/deals", with(deal("Third sale", 700000), "propertyId", property));
        var reopened = user.post("/api/deals/" + won + "/move", Map.of("stage", "Negotiation"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorFields()).containsExactly("propertyId");
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(DealApi.get(user, won).path("status").asString()).isEqualTo("won");
        assertThat(user.get("/api/deals").json().path("total").asLong()).isEqualTo(2);
    }

    static List<UUID> ids(JsonNode page) {
        var ids = new java.util.ArrayList<UUID>();
        page.path("items").forEach(d -> ids.add(UUID.fromString(d.path("id").asString())));
        return ids;
    }
}
