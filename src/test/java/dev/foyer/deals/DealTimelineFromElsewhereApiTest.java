package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
import static dev.foyer.deals.DealApi.types;
import static dev.foyer.deals.DealApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Changes to a deal made from elsewhere, a merge or a delete of its contact and a new outcome of
 * its stage, are on its timeline as a change made on the deal itself would be.
 */
@FoyerIntegrationTest
class DealTimelineFromElsewhereApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
    }

    @Test
    void mergingContactsRecordsTheNewContactOnEachOfTheOthersDeals() {
        String kept = contact("Sarah", "sarah@example.com");
        String other = contact("S.", "sarah@example.com");
        UUID first = DealApi.create(user, with(deal("Cloud Migration", 50000), "contactId", other));
        UUID second = DealApi.create(user, with(deal("Annual Support", 25000), "contactId", other));
        UUID keptsOwn = DealApi.create(user, with(deal("Training", 8000), "contactId", kept));

        assertThat(user.post("/api/contacts/" + kept + "/merge", Map.of("otherId", other)).status()).isEqualTo(200);

        for (UUID deal : List.of(first, second)) {
            var events = events(deal);
            assertThat(types(events)).containsExactly("updated", "created");
            var change = events.get(0).path("metadata").path("fields").path("contactId");
            assertThat(change.path("from").asString()).isEqualTo(other);
            assertThat(change.path("to").asString()).isEqualTo(kept);
            assertThat(events.get(0).path("metadata").path("cause").asString()).isEqualTo("contact_merged");
            assertThat(events.get(0).path("createdBy").asString()).isEqualTo(user.userId().toString());
            assertThat(DealApi.get(user, deal).path("contact").path("id").asString()).isEqualTo(kept);
        }
        assertThat(types(events(keptsOwn))).containsExactly("created");
    }

    @Test
    void aUsersOwnChangeOfContactHasTheSameShapeAsAMerges() {
        String from = contact("Sarah", null);
        String to = contact("James", null);
        UUID deal = DealApi.create(user, with(deal("Cloud Migration", 50000), "contactId", from));

        user.patch("/api/deals/" + deal, Map.of("contactId", to));

        var change = events(deal).get(0);
        assertThat(change.path("type").asString()).isEqualTo("updated");
        assertThat(change.path("metadata").path("fields").path("contactId").path("from").asString()).isEqualTo(from);
        assertThat(change.path("metadata").path("fields").path("contactId").path("to").asString()).isEqualTo(to);
    }

    @Test
    void deletingAContactRecordsOnEachOfItsDealsThatTheContactWasRemoved() {
        String contact = contact("Sarah", null);
        UUID deal = DealApi.create(user, with(deal("Cloud Migration", 50000), "contactId", contact));
        UUID unlinked = DealApi.create(user, deal("Annual Support", 25000));

        assertThat(user.delete("/api/contacts/" + contact).status()).isEqualTo(204);

        var events = events(deal);
        assertThat(types(events)).containsExactly("updated", "created");
        var change = events.get(0).path("metadata").path("fields").path("contactId");
        assertThat(change.path("from").asString()).isEqualTo(contact);
        assertThat(change.path("to").isNull()).isTrue();
        assertThat(events.get(0).path("metadata").path("cause").asString()).isEqualTo("contact_deleted");
        assertThat(DealApi.get(user, deal).path("contact").isNull()).isTrue();
        assertThat(types(events(unlinked))).containsExactly("created");
    }

    @Test
    void anotherUsersContactIsNotDeletedAndTheirDealsTimelineStaysAsItWas() {
        String contact = contact("Sarah", null);
        UUID deal = DealApi.create(user, with(deal("Cloud Migration", 50000), "contactId", contact));
        var intruder = SignedInClient.signUp(new ApiClient(port));

        assertThat(intruder.delete("/api/contacts/" + contact).status()).isEqualTo(404);

        assertThat(types(events(deal))).containsExactly("created");
        assertThat(DealApi.get(user, deal).path("contact").path("id").asString()).isEqualTo(contact);
    }

    @Test
    void changingAStagesOutcomeRecordsTheStatusChangeOnEachOfItsDealsButTheArchived() {
        UUID first = DealApi.create(user, with(deal("Cloud Migration", 50000), "stage", "Negotiation"));
        UUID second = DealApi.create(user, with(deal("Annual Support", 25000), "stage", "Negotiation"));
        UUID archived = DealApi.create(user, with(deal("Old listing", 100), "stage", "Negotiation"));
        user.post("/api/deals/" + archived + "/archive", Map.of());
        UUID elsewhere = DealApi.create(user, with(deal("Training", 8000), "stage", "Proposal"));
        String negotiation = "/api/stages/" + DealApi.stageId(user, "Negotiation");

        assertThat(user.patch(negotiation, Map.of("outcome", "won")).status()).isEqualTo(200);

        for (UUID deal : List.of(first, second)) {
            var events = events(deal);
            assertThat(types(events)).containsExactly("status_changed", "created");
            var metadata = events.get(0).path("metadata");
            assertThat(metadata.path("from").asString()).isEqualTo("active");
            assertThat(metadata.path("to").asString()).isEqualTo("won");
            assertThat(metadata.path("stage").asString()).isEqualTo("Negotiation");
            assertThat(DealApi.get(user, deal).path("status").asString()).isEqualTo("won");
        }
        assertThat(types(events(archived))).containsExactly("archived", "created");
        assertThat(types(events(elsewhere))).containsExactly("created");

        user.patch(negotiation, Map.of("outcome", "open", "name", "Talks"));

        var reopened = events(first).get(0).path("metadata");
        assertThat(reopened.path("from").asString()).isEqualTo("won");
        assertThat(reopened.path("to").asString()).isEqualTo("active");
        assertThat(reopened.path("stage").asString()).isEqualTo("Talks");
    }

    @Test
    void anotherUsersStageOutcomeIs404AndTheirDealsStayAsTheyWere() {
        UUID deal = DealApi.create(user, with(deal("Cloud Migration", 50000), "stage", "Negotiation"));
        var intruder = SignedInClient.signUp(new ApiClient(port));

        var refused = intruder.patch("/api/stages/" + DealApi.stageId(user, "Negotiation"), Map.of("outcome", "won"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(DealApi.get(user, deal).path("status").asString()).isEqualTo("active");
        assertThat(types(events(deal))).containsExactly("created");
    }

    @Test
    void aStagePatchThatKeepsTheOutcomeRecordsNoStatusChange() {
        UUID deal = DealApi.create(user, with(deal("Cloud Migration", 50000), "stage", "Negotiation"));
        String negotiation = "/api/stages/" + DealApi.stageId(user, "Negotiation");

        user.patch(negotiation, Map.of("outcome", "open", "color", "#123456"));

        assertThat(types(events(deal))).containsExactly("created");
    }

    private String contact(String firstName, String email) {
        var body = new java.util.HashMap<String, Object>(Map.of("firstName", firstName, "lastName", "Chen"));
        if (email != null) {
            body.put("email", email);
        }
        var created = user.post("/api/contacts", body);
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private List<JsonNode> events(UUID deal) {
        return DealApi.events(user, deal);
    }
}
