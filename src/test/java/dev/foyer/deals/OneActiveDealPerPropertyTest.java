package dev.foyer.deals;

import static dev.foyer.SchemaChecks.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SeedRows;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003's idx_deals_property_active_unique: at most one active deal per property. */
@FoyerIntegrationTest
class OneActiveDealPerPropertyTest {

    static final String ONE_ACTIVE_DEAL = "idx_deals_property_active_unique";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    ActingUser owner;
    UUID property;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        owner = users.create();
        property = rows.property(owner);
    }

    @Test
    void refusesSecondActiveDealOnOneProperty() {
        rows.dealOnProperty(owner, property, "Prospecting");

        assertViolates(ONE_ACTIVE_DEAL, () -> rows.dealOnProperty(owner, property, "Negotiation"));
    }

    @Test
    void acceptsNewActiveDealBesideAWonAndALostOne() {
        rows.dealOnProperty(owner, property, "Closed Won");
        rows.dealOnProperty(owner, property, "Closed Lost");

        assertThat(rows.dealOnProperty(owner, property, "Prospecting")).isNotNull();
    }

    @Test
    void acceptsNewActiveDealOnceTheFirstIsArchived() {
        UUID first = rows.dealOnProperty(owner, property, "Proposal");
        users.runAs(owner, () -> jdbc.sql("update deals set status = 'archived' where id = :id")
                .param("id", first).update());

        assertThat(rows.dealOnProperty(owner, property, "Prospecting")).isNotNull();
    }

    @Test
    void refusesReopeningAWonDealWhileAnotherIsActive() {
        UUID won = rows.dealOnProperty(owner, property, "Closed Won");
        rows.dealOnProperty(owner, property, "Prospecting");

        assertViolates(ONE_ACTIVE_DEAL, () -> users.runAs(owner, () -> jdbc.sql("""
                update deals set stage = 'Negotiation' where id = :id
                """).param("id", won).update()));
    }

    @Test
    void dealsWithoutPropertyAreNotLimited() {
        rows.deal(owner, "Prospecting");

        assertThat(rows.deal(owner, "Prospecting")).isNotNull();
    }

    @Test
    void activeDealsOnDifferentPropertiesDoNotClash() {
        rows.dealOnProperty(owner, property, "Prospecting");

        assertThat(rows.dealOnProperty(owner, rows.property(owner), "Prospecting")).isNotNull();
    }
}
