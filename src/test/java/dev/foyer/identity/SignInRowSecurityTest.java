package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.RowVisibility;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row-level security of a user's sign-in identities and refresh tokens; admins read them all. */
@FoyerIntegrationTest
class SignInRowSecurityTest {

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
    void identityIsInvisibleToAnotherUser() {
        var owner = users.create();
        UUID id = users.inTransactionAs(owner, () -> insertIdentity(owner.id()));

        rows.assertVisibleTo(owner, "user_auth_identities", id);
        rows.assertInvisibleTo(users.create(), owner, "user_auth_identities", id);
        rows.assertInvisibleTo(users.create("support"), owner, "user_auth_identities", id);
    }

    @Test
    void identityIsHiddenFromNobody() {
        var owner = users.create();
        UUID id = users.inTransactionAs(owner, () -> insertIdentity(owner.id()));

        rows.assertHiddenFromNobody(owner, "user_auth_identities", id);
    }

    @Test
    void userCannotAddIdentityToAnotherUser() {
        var owner = users.create();
        var other = users.create();

        assertRefusedByRowSecurity("user_auth_identities", () -> users.runAs(other, () -> insertIdentity(owner.id())));
    }

    @Test
    void adminReadsEveryIdentity() {
        var owner = users.create();
        UUID id = users.inTransactionAs(owner, () -> insertIdentity(owner.id()));

        rows.assertVisibleTo(users.create("admin"), "user_auth_identities", id);
    }

    @Test
    void refreshTokenIsInvisibleToAnotherUser() {
        var owner = users.create();
        UUID id = users.inTransactionAs(owner, () -> insertToken(owner.id()));

        rows.assertVisibleTo(owner, "user_refresh_tokens", id);
        rows.assertInvisibleTo(users.create(), owner, "user_refresh_tokens", id);
        rows.assertInvisibleTo(users.create("support"), owner, "user_refresh_tokens", id);
    }

    @Test
    void refreshTokenIsHiddenFromNobody() {
        var owner = users.create();
        UUID id = users.inTransactionAs(owner, () -> insertToken(owner.id()));

        rows.assertHiddenFromNobody(owner, "user_refresh_tokens", id);
    }

    @Test
    void userCannotAddRefreshTokenToAnotherUser() {
        var owner = users.create();
        var other = users.create();

        assertRefusedByRowSecurity("user_refresh_tokens", () -> users.runAs(other, () -> insertToken(owner.id())));
    }

    @Test
    void adminReadsAndRevokesEveryRefreshToken() {
        var owner = users.create();
        ActingUser admin = users.create("admin");
        UUID id = users.inTransactionAs(owner, () -> insertToken(owner.id()));

        rows.assertVisibleTo(admin, "user_refresh_tokens", id);
        assertThat(users.inTransactionAs(admin, () -> jdbc.sql("delete from user_refresh_tokens where id = :id")
                .param("id", id).update())).isEqualTo(1);
        assertThat(rows.rowAs(owner, "user_refresh_tokens", id)).isEmpty();
    }

    private UUID insertIdentity(UUID userId) {
        return jdbc.sql("""
                insert into user_auth_identities (user_id, provider, provider_id)
                values (:userId, 'google', :sub)
                returning id
                """).param("userId", userId).param("sub", UserAuthIdentitiesTest.uniqueId())
                .query(UUID.class).single();
    }

    private UUID insertToken(UUID userId) {
        return jdbc.sql("""
                insert into user_refresh_tokens (user_id, token_hash, expires_at)
                values (:userId, :hash, now() + interval '30 days')
                returning id
                """).param("userId", userId).param("hash", UserRefreshTokensTest.uniqueHash())
                .query(UUID.class).single();
    }
}
