package dev.foyer.deals;

import static dev.foyer.deals.DealApi.amounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.SignedInClient;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Seed 004's dashboard metrics for a user with a known set of deals, and no one else's. */
@FoyerIntegrationTest
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Test
    void countsAndSumsTheUsersOwnContactsAndDealsPerCurrency() {
        var user = SignedInClient.signUp(new ApiClient(port));
        var other = SignedInClient.signUp(new ApiClient(port));
        var rows = new SeedRows(jdbc, users);
        rows.contact(ActingUser.of(user.userId()));
        rows.contact(ActingUser.of(user.userId()));
        rows.contact(ActingUser.of(other.userId()));
        DealApi.create(user, "Enterprise License", "100.00", "AUD", "Prospecting");
        DealApi.create(user, "US Expansion", "200.00", "USD", "Proposal");
        UUID wonNow = DealApi.create(user, "Cloud Migration", "1000.00", "AUD", "Closed Won");
        UUID wonBefore = DealApi.create(user, "Annual Support", "500.00", "AUD", "Closed Won");
        UUID lostNow = DealApi.create(user, "Training Program", "300.00", "USD", "Closed Lost");
        DealApi.create(other, "Not mine", "999.00", "AUD", "Prospecting");
        DealApi.create(other, "Not mine either", "777.00", "AUD", "Closed Won");
        Instant monthStart = Instant.parse(user.get("/api/dashboard").text("monthStart"));
        closedAt(user, wonNow, monthStart);
        closedAt(user, wonBefore, monthStart.minusSeconds(1));
        closedAt(user, lostNow, monthStart.plus(Duration.ofHours(1)));

        JsonNode dashboard = user.get("/api/dashboard").json();

        assertThat(Instant.parse(dashboard.path("monthStart").asString())).as("the month did not turn mid-test")
                .isEqualTo(monthStart);
        assertThat(dashboard.path("totalContacts").asLong()).isEqualTo(2);
        assertThat(dashboard.path("activeDeals").asLong()).isEqualTo(2);
        assertThat(amounts(dashboard.path("openPipelineValue")))
                .containsExactly(Map.entry("AUD", "100.00"), Map.entry("USD", "200.00"));
        assertThat(dashboard.path("wonThisMonth").path("count").asLong()).isEqualTo(1);
        assertThat(amounts(dashboard.path("wonThisMonth").path("values"))).containsExactly(Map.entry("AUD", "1000.00"));
        assertThat(dashboard.path("lostThisMonth").path("count").asLong()).isEqualTo(1);
        assertThat(amounts(dashboard.path("lostThisMonth").path("values"))).containsExactly(Map.entry("USD", "300.00"));
        var byStage = dashboard.path("byStage");
        assertThat(byStage.size()).isEqualTo(6);
        assertThat(byStage.get(0).path("stage").path("name").asString()).isEqualTo("Prospecting");
        assertThat(byStage.get(0).path("count").asLong()).isEqualTo(1);
        assertThat(byStage.get(1).path("count").asLong()).isZero();
        assertThat(amounts(byStage.get(2).path("values"))).containsExactly(Map.entry("USD", "200.00"));
        assertThat(byStage.get(4).path("count").asLong()).isEqualTo(2);
        assertThat(amounts(byStage.get(4).path("values"))).containsExactly(Map.entry("AUD", "1500.00"));
    }

    @Test
    void aNewUsersDashboardIsAllZeroes() {
        var user = SignedInClient.signUp(new ApiClient(port));

        JsonNode dashboard = user.get("/api/dashboard").json();

        assertThat(dashboard.path("totalContacts").asLong()).isZero();
        assertThat(dashboard.path("activeDeals").asLong()).isZero();
        assertThat(dashboard.path("openPipelineValue").size()).isZero();
        assertThat(dashboard.path("wonThisMonth").path("count").asLong()).isZero();
        assertThat(dashboard.path("byStage").size()).isEqualTo(6);
        var monthStart = OffsetDateTime.parse(dashboard.path("monthStart").asString());
        assertThat(monthStart.getDayOfMonth()).isEqualTo(1);
        assertThat(monthStart.toLocalTime().toSecondOfDay()).isZero();
        assertThat(monthStart.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    /** When the deal closed, set as its owner: the trigger keeps a date that is set without a status change. */
    private void closedAt(SignedInClient owner, UUID deal, Instant when) {
        int updated = users.inTransactionAs(ActingUser.of(owner.userId()), () -> jdbc.sql(
                "update deals set closed_at = :when where id = :id")
                .param("when", when.atOffset(ZoneOffset.UTC)).param("id", deal).update());
        assertThat(updated).isEqualTo(1);
    }
}
