package dev.foyer.deals;

import static dev.foyer.SchemaChecks.assertNotNullViolation;
import static dev.foyer.SchemaChecks.assertViolates;
import static dev.foyer.SchemaChecks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SchemaChecks;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The merged deals table: seed 004's value, currency and stage with seed 003's columns and checks. */
@FoyerIntegrationTest
class DealTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser owner;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        owner = users.create();
    }

    @Test
    void storesBothSeedsColumnsWithAudAndActiveByDefault() {
        UUID contact = rows.contact(owner);
        UUID lead = rows.lead(owner);
        UUID property = rows.property(owner);
        UUID deal = users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deals (user_id, contact_id, lead_id, property_id, title, value, stage, probability,
                                   expected_close_date, next_action, next_action_due, description)
                values (:owner, :contact, :lead, :property, 'Annual Support', 25000.50, 'Proposal', 60,
                        date '2026-03-31', 'Send contract', timestamptz '2026-03-01 09:00+10', 'Renewal')
                returning id
                """).param("owner", owner.id()).param("contact", contact).param("lead", lead)
                .param("property", property).query(UUID.class).single());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select contact_id, lead_id, property_id, title, value, currency, stage, status::text as status,
                       probability, expected_close_date::text as close_date, next_action,
                       next_action_due = timestamptz '2026-02-28 23:00Z' as due_kept, description,
                       created_at = updated_at as stamped
                  from deals where id = :id
                """).param("id", deal).query().singleRow());

        assertThat(stored).containsEntry("contact_id", contact).containsEntry("lead_id", lead)
                .containsEntry("property_id", property).containsEntry("title", "Annual Support")
                .containsEntry("value", new BigDecimal("25000.50")).containsEntry("currency", "AUD")
                .containsEntry("stage", "Proposal").containsEntry("status", "active")
                .containsEntry("probability", 60).containsEntry("close_date", "2026-03-31")
                .containsEntry("next_action", "Send contract").containsEntry("due_kept", true)
                .containsEntry("description", "Renewal").containsEntry("stamped", true);
    }

    @Test
    void updateMovesUpdatedAt() {
        checks.assertUpdateMovesUpdatedAt(owner, row("deals", rows.deal(owner)), "value = 6000");
    }

    @Test
    void refusesDealWithoutValue() {
        assertNotNullViolation("deals", "value", () -> withValue(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.001"})
    void refusesValueThatIsNotPositive(String value) {
        assertViolates("deals_value_check", () -> withValue(value));
    }

    @Test
    void acceptsAnotherCurrencyCode() {
        assertThat(withCurrency("USD")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aud", "A1D", "AU"})
    void refusesCurrencyThatIsNotThreeUpperCaseLetters(String currency) {
        assertViolates("deals_currency_check", () -> withCurrency(currency));
    }

    @Test
    void acceptsProbabilityAtBothBounds() {
        assertThat(withProbability(0)).isNotNull();
        assertThat(withProbability(100)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void refusesProbabilityOutsideZeroToHundred(int probability) {
        assertViolates("deals_probability_check", () -> withProbability(probability));
    }

    @Test
    void refusesBlankTitleAndBlankStage() {
        assertViolates("deals_title_check", () -> insert(" ", BigDecimal.TEN, "AUD", "Prospecting", null));
        assertViolates("deals_stage_check", () -> insert("Enterprise License", BigDecimal.TEN, "AUD", "", null));
    }

    @Test
    void refusesDealLinkedToAnotherUsersContact() {
        UUID othersContact = rows.contact(users.create());

        assertViolates("deals_contact_fkey", () -> rows.deal(owner, "Prospecting", othersContact, null, null));
    }

    @Test
    void refusesDealLinkedToAnotherUsersLeadOrProperty() {
        ActingUser other = users.create();
        UUID othersLead = rows.lead(other);
        UUID othersProperty = rows.property(other);

        assertViolates("deals_lead_fkey", () -> rows.deal(owner, "Prospecting", null, othersLead, null));
        assertViolates("deals_property_fkey", () -> rows.dealOnProperty(owner, othersProperty, "Prospecting"));
    }

    @Test
    void deletingLeadOrPropertyKeepsDealUnlinked() {
        UUID lead = rows.lead(owner);
        UUID property = rows.property(owner);
        UUID deal = rows.deal(owner, "Negotiation", null, lead, property);

        rows.delete(owner, "leads", lead);
        rows.delete(owner, "re_properties", property);

        Map<String, Object> links = users.inTransactionAs(owner, () -> jdbc.sql("""
                select lead_id, property_id, user_id from deals where id = :id
                """).param("id", deal).query().singleRow());
        assertThat(links).containsEntry("lead_id", null).containsEntry("property_id", null)
                .containsEntry("user_id", owner.id());
    }

    private UUID insert(String title, BigDecimal value, String currency, String stage, Integer probability) {
        return users.inTransactionAs(owner, () -> jdbc.sql("""
                insert into deals (user_id, title, value, currency, stage, probability)
                values (:owner, :title, :value, :currency, :stage, :probability)
                returning id
                """).param("owner", owner.id()).param("title", title).param("value", value)
                .param("currency", currency).param("stage", stage).param("probability", probability)
                .query(UUID.class).single());
    }

    private UUID withValue(String value) {
        return insert("Enterprise License", value == null ? null : new BigDecimal(value), "AUD", "Prospecting", null);
    }

    private UUID withCurrency(String currency) {
        return insert("Enterprise License", BigDecimal.TEN, currency, "Prospecting", null);
    }

    private UUID withProbability(int probability) {
        return insert("Enterprise License", BigDecimal.TEN, "AUD", "Prospecting", probability);
    }
}
