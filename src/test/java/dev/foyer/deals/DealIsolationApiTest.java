package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
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

/**
 * Another user's deals, stages, contacts, leads and properties answer 404 as if they did not
 * exist, and nothing of theirs changes.
 */
@FoyerIntegrationTest
class DealIsolationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SignedInClient owner;
    SignedInClient intruder;
    SeedRows rows;
    UUID deal;

    @BeforeEach
    void setUp() {
        owner = SignedInClient.signUp(new ApiClient(port));
        intruder = SignedInClient.signUp(new ApiClient(port));
        rows = new SeedRows(jdbc, users);
        deal = DealApi.create(owner, deal("Cloud Migration", 50000));
    }

    @Test
    void anotherUsersDealIs404EverywhereAndStaysUnchanged() {
        String path = "/api/deals/" + deal;

        assertThat(intruder.get(path).status()).isEqualTo(404);
        assertThat(intruder.patch(path, Map.of("title", "Mine now")).status()).isEqualTo(404);
        assertThat(intruder.post(path + "/move", Map.of("stage", "Closed Won")).status()).isEqualTo(404);
        assertThat(intruder.get(path + "/events").status()).isEqualTo(404);
        assertThat(intruder.delete(path).status()).isEqualTo(404);

        var unchanged = DealApi.get(owner, deal);
        assertThat(unchanged.path("title").asString()).isEqualTo("Cloud Migration");
        assertThat(unchanged.path("stage").asString()).isEqualTo("Prospecting");
        assertThat(owner.get(path + "/events").json().path("total").asLong()).isEqualTo(1);
        assertThat(intruder.get("/api/deals").json().path("total").asLong()).isZero();
    }

    @Test
    void anotherUsersDealCannotBeArchivedOrUnarchived() {
        UUID archived = DealApi.create(owner, deal("Old listing", 100));
        owner.post("/api/deals/" + archived + "/archive", Map.of());

        assertThat(intruder.post("/api/deals/" + deal + "/archive", Map.of()).status()).isEqualTo(404);
        assertThat(intruder.post("/api/deals/" + archived + "/unarchive", Map.of()).status()).isEqualTo(404);

        assertThat(DealApi.get(owner, deal).path("status").asString()).isEqualTo("active");
        assertThat(DealApi.get(owner, archived).path("status").asString()).isEqualTo("archived");
        assertThat(owner.get("/api/deals/" + deal + "/events").json().path("total").asLong()).isEqualTo(1);
        assertThat(owner.get("/api/deals/" + archived + "/events").json().path("total").asLong()).isEqualTo(2);
    }

    /** 404 as a deal that does not exist, so the answer tells nothing about theirs. */
    @Test
    void anotherUsersDealAsNeighbourIs404AndNothingMoves() {
        UUID mine = DealApi.create(intruder, deal("Mine", 100));
        DealApi.create(intruder, deal("Also mine", 100));

        var after = intruder.post("/api/deals/" + mine + "/move",
                Map.of("stage", "Prospecting", "afterId", deal.toString()));
        var before = intruder.post("/api/deals/" + mine + "/move",
                Map.of("stage", "Qualification", "beforeId", deal.toString()));
        var missing = intruder.post("/api/deals/" + mine + "/move",
                Map.of("stage", "Prospecting", "afterId", UUID.randomUUID().toString()));

        assertThat(after.status()).isEqualTo(404);
        assertThat(before.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(after.json().toString()).doesNotContain("Cloud Migration").isEqualTo(missing.json().toString());
        var column = DealArchiveApiTest.column(intruder.get("/api/pipeline").json(), "Prospecting");
        assertThat(DealArchiveApiTest.titles(column)).containsExactly("Also mine", "Mine");
        assertThat(DealApi.get(owner, deal).path("stage").asString()).isEqualTo("Prospecting");
    }

    @Test
    void aListByAnotherUsersContactIs404() {
        UUID theirContact = rows.contact(ActingUser.of(owner.userId()));
        owner.patch("/api/deals/" + deal, Map.of("contactId", theirContact));
        UUID missing = UUID.randomUUID();

        var refused = intruder.get("/api/deals?contactId=" + theirContact);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().toString()).doesNotContain("Cloud Migration");
        assertThat(intruder.get("/api/deals?contactId=" + missing).status()).isEqualTo(404);
        assertThat(owner.get("/api/deals?contactId=" + theirContact).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherUsersDealIs404EvenWithBadInput() {
        var refused = intruder.patch("/api/deals/" + deal, Map.of("stage", "Daydreaming"));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void anotherUsersContactInANewDealIs404AndNothingIsWritten() {
        UUID theirContact = rows.contact(ActingUser.of(owner.userId()));

        var refused = intruder.post("/api/deals", with(deal("Poached", 100), "contactId", theirContact));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().path("detail").asString()).isEqualTo("Contact not found");
        assertThat(intruder.get("/api/deals").json().path("total").asLong()).isZero();
    }

    @Test
    void anotherUsersLeadOrPropertyInANewDealIs404AndNothingIsWritten() {
        var theirs = ActingUser.of(owner.userId());
        UUID lead = rows.lead(theirs);
        UUID property = rows.property(theirs);

        var byLead = intruder.post("/api/deals", with(deal("Poached", 100), "leadId", lead));
        var byProperty = intruder.post("/api/deals", with(deal("Poached", 100), "propertyId", property));

        assertThat(byLead.status()).isEqualTo(404);
        assertThat(byLead.json().path("detail").asString()).isEqualTo("Lead not found");
        assertThat(byProperty.status()).isEqualTo(404);
        assertThat(byProperty.json().path("detail").asString()).isEqualTo("Property not found");
        assertThat(intruder.get("/api/deals").json().path("total").asLong()).isZero();
        assertThat(owner.get("/api/deals").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherUsersContactLeadOrPropertyInAChangeIs404AndNothingChanges() {
        var theirs = ActingUser.of(intruder.userId());
        UUID contact = rows.contact(theirs);
        UUID lead = rows.lead(theirs);
        UUID property = rows.property(theirs);

        assertThat(owner.patch("/api/deals/" + deal, Map.of("title", "New", "contactId", contact)).status()).isEqualTo(404);
        assertThat(owner.patch("/api/deals/" + deal, Map.of("leadId", lead)).status()).isEqualTo(404);
        assertThat(owner.patch("/api/deals/" + deal, Map.of("propertyId", property)).status()).isEqualTo(404);

        var unchanged = DealApi.get(owner, deal);
        assertThat(unchanged.path("title").asString()).isEqualTo("Cloud Migration");
        assertThat(unchanged.path("contact").isNull()).isTrue();
        assertThat(unchanged.path("leadId").isNull()).isTrue();
        assertThat(unchanged.path("propertyId").isNull()).isTrue();
        assertThat(owner.get("/api/deals/" + deal + "/events").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void ownLeadAndPropertyCanBeLinked() {
        var mine = ActingUser.of(owner.userId());
        UUID lead = rows.lead(mine);
        UUID property = rows.property(mine);

        var linked = owner.patch("/api/deals/" + deal, Map.of("leadId", lead, "propertyId", property));

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.text("leadId")).isEqualTo(lead.toString());
        assertThat(linked.text("propertyId")).isEqualTo(property.toString());
    }

    @Test
    void anotherUsersStageIs404AndStaysUnchanged() {
        UUID stage = DealApi.stageId(owner, "Proposal");
        String path = "/api/stages/" + stage;

        assertThat(intruder.get(path).status()).isEqualTo(404);
        assertThat(intruder.patch(path, Map.of("name", "Hijacked")).status()).isEqualTo(404);
        assertThat(intruder.delete(path).status()).isEqualTo(404);
        assertThat(intruder.get("/api/pipeline/" + stage).status()).isEqualTo(404);
        var theirOrder = new java.util.ArrayList<>(stageIds(intruder));
        theirOrder.set(0, stage);
        assertThat(intruder.put("/api/stages/order", Map.of("ids", theirOrder)).status()).isEqualTo(404);

        var stages = owner.get("/api/stages").json();
        assertThat(stages.size()).isEqualTo(6);
        assertThat(stages.get(2).path("name").asString()).isEqualTo("Proposal");
    }

    @Test
    void anotherUsersCustomStageIsNotAStageOfMine() {
        assertThat(owner.post("/api/stages", Map.of("name", "Site visit")).status()).isEqualTo(201);

        var refused = intruder.post("/api/deals", with(deal("Deal", 100), "stage", "Site visit"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("stage");
    }

    private static List<UUID> stageIds(SignedInClient user) {
        var ids = new java.util.ArrayList<UUID>();
        user.get("/api/stages").json().forEach(s -> ids.add(UUID.fromString(s.path("id").asString())));
        return ids;
    }
}
