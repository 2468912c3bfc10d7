package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.RowVisibility;
import dev.foyer.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row-level security of users and profiles, as the application role: each user their own rows. */
@FoyerIntegrationTest
class UsersAndProfilesRowSecurityTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    RowVisibility rows;

    @BeforeEach
    void setUp() {
        rows = new RowVisibility(users, jdbc);
    }

    @Test
    void userRowIsInvisibleToAnotherUser() {
        var owner = users.create();
        var other = users.create();

        rows.assertVisibleTo(owner, "users", owner.id());
        rows.assertInvisibleTo(other, owner, "users", owner.id());
    }

    @Test
    void userRowIsHiddenFromNobody() {
        var owner = users.create();

        rows.assertHiddenFromNobody(owner, "users", owner.id());
    }

    @Test
    void userCannotInsertAnotherUser() {
        var user = users.create();

        assertRefusedByRowSecurity("users", () -> users.runAs(user, () -> jdbc.sql("""
                insert into users (id, full_name) values (:id, 'Someone Else')
                """).param("id", UUID.randomUUID()).update()));
    }

    @Test
    void nobodyCannotInsertUser() {
        assertRefusedByRowSecurity("users", () -> users.inTransactionAsNobody(() -> jdbc.sql("""
                insert into users (full_name) values ('Anonymous')
                """).update()));
    }

    @Test
    void supportAndAdminReadEveryUser() {
        var user = users.create();

        rows.assertVisibleTo(users.create("support"), "users", user.id());
        rows.assertVisibleTo(users.create("admin"), "users", user.id());
    }

    @Test
    void standardUserReadsOnlyOwnUser() {
        var standard = users.create("standard");
        var user = users.create();

        rows.assertInvisibleTo(standard, user, "users", user.id());
    }

    @Test
    void profileIsInvisibleToAnotherUser() {
        var owner = users.create();
        var other = users.create();

        rows.assertVisibleTo(owner, "profiles", owner.id());
        rows.assertInvisibleTo(other, owner, "profiles", owner.id());
    }

    @Test
    void profileIsHiddenFromNobody() {
        var owner = users.create();

        rows.assertHiddenFromNobody(owner, "profiles", owner.id());
    }

    @Test
    void userCannotInsertProfileForAnotherId() {
        var user = users.create();

        assertRefusedByRowSecurity("profiles", () -> users.runAs(user, () -> jdbc.sql("""
                insert into profiles (id) values (:id)
                """).param("id", UUID.randomUUID()).update()));
    }

    @Test
    void userCannotDeleteOwnProfile() {
        var user = users.create();

        assertThat(users.inTransactionAs(user, () -> jdbc.sql("delete from profiles where id = :id")
                .param("id", user.id()).update())).isZero();
        rows.assertVisibleTo(user, "profiles", user.id());
    }

    @Test
    void supportReadsEveryProfileButChangesNone() {
        var support = users.create("support");
        var user = users.create();

        rows.assertVisibleTo(support, "profiles", user.id());
        assertThat(users.inTransactionAs(support, () -> jdbc.sql("""
                update profiles set full_name = 'Changed by support' where id = :id
                """).param("id", user.id()).update())).isZero();
        assertThat(users.inTransactionAs(support, () -> jdbc.sql("delete from profiles where id = :id")
                .param("id", user.id()).update())).isZero();
    }

    @Test
    void adminReadsAndUpdatesEveryProfile() {
        var admin = users.create("admin");
        var user = users.create();

        rows.assertVisibleTo(admin, "profiles", user.id());
        assertThat(users.inTransactionAs(admin, () -> jdbc.sql("""
                update profiles set full_name = 'Fixed by admin' where id = :id
                """).param("id", user.id()).update())).isEqualTo(1);
        assertThat(users.inTransactionAs(user, () -> jdbc.sql("select full_name from profiles where id = :id")
                .param("id", user.id()).query(String.class).single())).isEqualTo("Fixed by admin");
    }
}
