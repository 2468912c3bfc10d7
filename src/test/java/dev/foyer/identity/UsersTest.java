package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.assertRaises;
import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 001's users: the one identity every other table references. */
@FoyerIntegrationTest
class UsersTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void insertedUserRoundTripsWithDefaults() {
        var user = ActingUser.of(UUID.randomUUID());
        Instant before = users.inTransactionAsNobody(this::now);

        var row = users.inTransactionAs(user, () -> {
            jdbc.sql("""
                    insert into users (id, full_name, profile_picture_url)
                    values (:id, 'Ajay Kumar', 'https://example.com/ajay.png')
                    """).param("id", user.id()).update();
            return userRow(user.id());
        });

        assertThat(row).containsEntry("id", user.id())
                .containsEntry("full_name", "Ajay Kumar")
                .containsEntry("profile_picture_url", "https://example.com/ajay.png");
        assertThat(instant(row, "created_at")).isAfterOrEqualTo(before);
        assertThat(instant(row, "updated_at")).isEqualTo(instant(row, "created_at"));
    }

    @Test
    void idDefaultsToRandomUuid() {
        var admin = users.create("admin");

        UUID id = users.inTransactionAs(admin, () -> jdbc.sql("insert into users (full_name) values ('No Id') returning id")
                .query(UUID.class).single());

        assertThat(id).isNotNull();
        assertThat(users.inTransactionAs(admin, () -> userRow(id))).containsEntry("full_name", "No Id");
    }

    @Test
    void roleIsNullUntilChosen() {
        var user = users.create();

        assertThat(users.inTransactionAs(user, () -> userRow(user.id()))).containsEntry("role", null);
    }

    @Test
    void acceptsEveryAccountTypeOfTheSeeds() {
        var user = users.create();
        var admin = users.create("admin");

        for (String role : new String[] {"creator", "agency", "brand", "gifter", "admin", "realtor", "client"}) {
            users.runAs(admin, () -> setRole(user, role));
            assertThat(users.inTransactionAs(user, () -> userRow(user.id()))).containsEntry("role", role);
        }
    }

    @Test
    void userChoosesTheAccountTypeOnceAndNeverAdmin() {
        var user = users.create();

        assertRaises("never admin", () -> users.runAs(user, () -> setRole(user, "admin")));
        users.runAs(user, () -> setRole(user, "realtor"));
        assertRaises("chosen once", () -> users.runAs(user, () -> setRole(user, "client")));

        assertThat(users.inTransactionAs(user, () -> userRow(user.id()))).containsEntry("role", "realtor");
    }

    @Test
    void roleEnumRefusesUnknownValues() {
        var user = users.create();

        assertViolates("invalid input value for enum user_role: \"landlord\"",
                () -> users.runAs(user, () -> setRole(user, "landlord")));
    }

    @Test
    void updatedAtMovesOnUpdate() {
        var user = users.create();
        var created = users.inTransactionAs(user, () -> userRow(user.id()));

        var updated = users.inTransactionAs(user, () -> {
            jdbc.sql("update users set full_name = 'Renamed' where id = :id").param("id", user.id()).update();
            return userRow(user.id());
        });

        assertThat(instant(updated, "updated_at")).isAfter(instant(created, "updated_at"));
        assertThat(instant(updated, "created_at")).isEqualTo(instant(created, "created_at"));
    }

    @Test
    void fullNameLongerThan255CharactersIsRefused() {
        var user = users.create();

        assertViolates("value too long for type character varying(255)",
                () -> users.runAs(user, () -> jdbc.sql("update users set full_name = :name where id = :id")
                        .param("name", "x".repeat(256)).param("id", user.id()).update()));
    }

    private Map<String, Object> userRow(UUID id) {
        return jdbc.sql("select * from users where id = :id").param("id", id).query().singleRow();
    }

    private void setRole(ActingUser user, String role) {
        jdbc.sql("update users set role = :role::user_role where id = :id")
                .param("role", role).param("id", user.id()).update();
    }

    private Instant now() {
        return jdbc.sql("select now()").query(java.sql.Timestamp.class).single().toInstant();
    }
}
