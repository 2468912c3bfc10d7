package dev.foyer.realestate;

import static dev.foyer.SchemaChecks.assertViolates;
import static dev.foyer.SchemaChecks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003's re_properties and its CHECK constraints. */
@FoyerIntegrationTest
class PropertyTableTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    SeedRows rows;
    SchemaChecks checks;
    ActingUser owner;
    UUID property;

    @BeforeEach
    void setUp() {
        rows = new SeedRows(jdbc, users);
        checks = new SchemaChecks(jdbc, users);
        owner = users.create();
        property = rows.property(owner);
    }

    @Test
    void storesEveryColumn() {
        users.runAs(owner, () -> jdbc.sql("""
                update re_properties
                   set address_line_2 = 'Unit 4', bedrooms = 3, bathrooms = 2.5, square_feet = 1450,
                       lot_size = 6000, year_built = 1998, purchase_price = 420000.00, arv = 610000.50,
                       status = 'active', property_type = 'single_family', mls_id = 'MLS-1', notes = 'Corner lot'
                 where id = :id
                """).param("id", property).update());

        Map<String, Object> stored = users.inTransactionAs(owner, () -> jdbc.sql("""
                select address_line_1, address_line_2, city, state, zip, bedrooms, bathrooms, square_feet,
                       lot_size, year_built, purchase_price, arv, status, property_type, mls_id, notes
                  from re_properties where id = :id
                """).param("id", property).query().singleRow());

        assertThat(stored).containsEntry("address_line_1", "12 Harbour St").containsEntry("address_line_2", "Unit 4")
                .containsEntry("city", "Sydney").containsEntry("state", "NSW").containsEntry("zip", "2000")
                .containsEntry("bedrooms", 3).containsEntry("bathrooms", new BigDecimal("2.5"))
                .containsEntry("square_feet", 1450).containsEntry("lot_size", 6000).containsEntry("year_built", 1998)
                .containsEntry("purchase_price", new BigDecimal("420000.00"))
                .containsEntry("arv", new BigDecimal("610000.50")).containsEntry("status", "active")
                .containsEntry("property_type", "single_family").containsEntry("mls_id", "MLS-1")
                .containsEntry("notes", "Corner lot");
    }

    @Test
    void updateMovesUpdatedAt() {
        checks.assertUpdateMovesUpdatedAt(owner, row("re_properties", property), "notes = 'Repainted'");
    }

    @ParameterizedTest
    @CsvSource({
            "bedrooms, -1, re_properties_bedrooms_check",
            "bathrooms, -0.5, re_properties_bathrooms_check",
            "square_feet, 0, re_properties_square_feet_check",
            "lot_size, 0, re_properties_lot_size_check",
            "year_built, 1799, re_properties_year_built_check"})
    void refusesOutOfRangeMeasure(String column, String value, String constraint) {
        assertViolates(constraint, () -> set(column, value));
    }

    @Test
    void acceptsTheSmallestAllowedMeasures() {
        assertThat(set("bedrooms", "0") + set("bathrooms", "0") + set("square_feet", "1")
                + set("lot_size", "1") + set("year_built", "1800")).isEqualTo(5);
    }

    @Test
    void acceptsYearBuiltUpToFiveYearsAhead() {
        assertThat(set("year_built", String.valueOf(Year.now().getValue() + 5))).isEqualTo(1);
    }

    @Test
    void refusesYearBuiltSixYearsAhead() {
        String year = String.valueOf(Year.now().getValue() + 6);

        assertViolates("re_properties_year_built_check", () -> set("year_built", year));
    }

    @Test
    void measuresMayBeUnknown() {
        assertThat(set("bedrooms", null) + set("square_feet", null) + set("year_built", null)).isEqualTo(3);
    }

    @Test
    void deletingUserRemovesTheirProperties() {
        ActingUser admin = users.create("admin");

        rows.deleteUser(owner);

        assertThat(checks.count(admin, row("re_properties", property))).isZero();
    }

    private int set(String column, String value) {
        return users.inTransactionAs(owner, () -> jdbc.sql(
                "update re_properties set " + column + " = cast(:value as numeric) where id = :id")
                .param("value", value).param("id", property).update());
    }
}
