package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.assertRaises;
import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 003's profiles: the 1:1 profile of a user, holding the permission level. */
@FoyerIntegrationTest
class ProfilesTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signupTriggerCreatesProfileFromTheUser() {
        var user = ActingUser.of(UUID.randomUUID());

        var profile = users.inTransactionAs(user, () -> {
            jdbc.sql("""
                    insert into users (id, full_name, profile_picture_url)
                    values (:id, 'Maya Patel', 'https://example.com/maya.png')
                    """).param("id", user.id()).update();
            return profile(user.id());
        });

        assertThat(profile).containsEntry("full_name", "Maya Patel")
                .containsEntry("avatar_url", "https://example.com/maya.png")
                .containsEntry("role", "user")
                .containsEntry("email", null);
        assertThat(instant(profile, "created_at")).isNotNull().isEqualTo(instant(profile, "updated_at"));
    }

    @Test
    void userUpdatesOwnProfileAndUpdatedAtMoves() {
        var user = users.create();
        var before = users.inTransactionAs(user, () -> profile(user.id()));

        var after = users.inTransactionAs(user, () -> {
            jdbc.sql("""
                    update profiles set email = :email, full_name = 'New Name', avatar_url = 'https://example.com/a.png'
                     where id = :id
                    """).param("email", uniqueEmail()).param("id", user.id()).update();
            return profile(user.id());
        });

        assertThat(after).containsEntry("full_name", "New Name").containsEntry("avatar_url", "https://example.com/a.png");
        assertThat(instant(after, "updated_at")).isAfter(instant(before, "updated_at"));
    }

    @Test
    void userCannotChangeOwnRole() {
        var user = users.create();

        assertRaises("only an admin can change a profile's role", () -> users.runAs(user, () -> setRole(user.id(), "admin")));
        assertThat(users.inTransactionAs(user, () -> profile(user.id()))).containsEntry("role", "user");
    }

    @Test
    void supportCannotChangeRoles() {
        var support = users.create("support");
        var user = users.create();

        assertRaises("only an admin can change a profile's role",
                () -> users.runAs(support, () -> setRole(support.id(), "admin")));
        assertThat(users.inTransactionAs(support, () -> setRole(user.id(), "admin"))).as("rows updated").isZero();
    }

    @Test
    void adminChangesAnotherUsersRole() {
        var admin = users.create("admin");
        var user = users.create();

        assertThat(users.inTransactionAs(admin, () -> setRole(user.id(), "standard"))).isEqualTo(1);

        assertThat(users.inTransactionAs(user, () -> profile(user.id()))).containsEntry("role", "standard");
    }

    @Test
    void roleEnumRefusesUnknownValues() {
        var admin = users.create("admin");
        var user = users.create();

        assertViolates("invalid input value for enum profile_role: \"owner\"",
                () -> users.runAs(admin, () -> setRole(user.id(), "owner")));
    }

    @Test
    void emailIsUniqueCaseInsensitively() {
        var first = users.create();
        var second = users.create();
        String email = uniqueEmail();
        users.runAs(first, () -> setEmail(first.id(), email));

        assertViolates("profiles_email_key", () -> users.runAs(second, () -> setEmail(second.id(), email.toUpperCase())));
    }

    @Test
    void phoneOnlyUsersMayAllHaveNoEmail() {
        var first = users.create();
        var second = users.create();

        assertThat(users.inTransactionAs(first, () -> profile(first.id()))).containsEntry("email", null);
        assertThat(users.inTransactionAs(second, () -> profile(second.id()))).containsEntry("email", null);
    }

    @Test
    void profileOfUnknownUserIsRefused() {
        var admin = users.create("admin");

        assertViolates("profiles_id_fkey", () -> users.runAs(admin, () -> jdbc.sql("""
                insert into profiles (id, email) values (:id, :email)
                """).param("id", UUID.randomUUID()).param("email", uniqueEmail()).update()));
    }

    @Test
    void deletingUserRemovesItsProfile() {
        var user = users.create();
        var admin = users.create("admin");

        users.runAs(user, () -> jdbc.sql("delete from users where id = :id").param("id", user.id()).update());

        assertThat(users.inTransactionAs(admin, () -> jdbc.sql("select count(*) from profiles where id = :id")
                .param("id", user.id()).query(Long.class).single())).isZero();
    }

    private Map<String, Object> profile(UUID id) {
        return jdbc.sql("select id, email, full_name, role::text as role, avatar_url, created_at, updated_at from profiles where id = :id")
                .param("id", id).query().singleRow();
    }

    private int setRole(UUID id, String role) {
        return jdbc.sql("update profiles set role = :role::profile_role where id = :id")
                .param("role", role).param("id", id).update();
    }

    private void setEmail(UUID id, String email) {
        jdbc.sql("update profiles set email = :email where id = :id").param("email", email).param("id", id).update();
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }
}
