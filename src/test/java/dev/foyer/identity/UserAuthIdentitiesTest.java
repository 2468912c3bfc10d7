package dev.foyer.identity;

import static dev.foyer.DatabaseAssertions.assertViolates;
import static dev.foyer.DatabaseAssertions.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 001's user_auth_identities: how a user signs in (Google, Facebook, phone). */
@FoyerIntegrationTest
class UserAuthIdentitiesTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void insertedIdentityRoundTripsWithDefaults() {
        var user = users.create();
        String sub = uniqueId();

        UUID id = users.inTransactionAs(user, () -> insert(user, "google", sub, "ajay@example.com"));
        var row = users.inTransactionAs(user, () -> jdbc.sql("select * from user_auth_identities where id = :id")
                .param("id", id).query().singleRow());

        assertThat(row).containsEntry("user_id", user.id())
                .containsEntry("provider", "google")
                .containsEntry("provider_id", sub)
                .containsEntry("email", "ajay@example.com");
        assertThat(instant(row, "created_at")).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void emailIsOptional() {
        var user = users.create();

        UUID id = users.inTransactionAs(user, () -> insert(user, "phone", "+9198" + uniqueDigits(), null));

        assertThat(users.inTransactionAs(user, () -> jdbc.sql("select * from user_auth_identities where id = :id")
                .param("id", id).query().singleRow())).containsEntry("email", null);
    }

    @Test
    void sameProviderIdUnderSameProviderIsRefused() {
        var first = users.create();
        var second = users.create();
        String sub = uniqueId();
        users.runAs(first, () -> insert(first, "google", sub, null));

        assertViolates("provider_unique_idx", () -> users.runAs(second, () -> insert(second, "google", sub, null)));
        assertViolates("provider_unique_idx", () -> users.runAs(first, () -> insert(first, "google", sub, null)));
    }

    @Test
    void sameProviderIdUnderAnotherProviderIsAccepted() {
        var first = users.create();
        var second = users.create();
        String sub = uniqueId();

        users.runAs(first, () -> insert(first, "google", sub, null));
        users.runAs(second, () -> insert(second, "facebook", sub, null));

        assertThat(users.inTransactionAs(second, () -> jdbc.sql("""
                select count(*) from user_auth_identities where provider_id = :sub
                """).param("sub", sub).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void userMayHaveSeveralIdentities() {
        var user = users.create();

        users.runAs(user, () -> {
            insert(user, "google", uniqueId(), null);
            insert(user, "facebook", uniqueId(), null);
            insert(user, "phone", "+9198" + uniqueDigits(), null);
        });

        assertThat(users.inTransactionAs(user, () -> jdbc.sql("""
                select count(*) from user_auth_identities where user_id = :id
                """).param("id", user.id()).query(Long.class).single())).isEqualTo(3);
    }

    @Test
    void providerEnumRefusesUnknownValues() {
        var user = users.create();

        assertViolates("invalid input value for enum auth_provider: \"apple\"",
                () -> users.runAs(user, () -> insert(user, "apple", uniqueId(), null)));
    }

    @Test
    void identityOfUnknownUserIsRefused() {
        var ghost = ActingUser.of(UUID.randomUUID());

        assertViolates("user_auth_identities_user_id_fkey",
                () -> users.runAs(ghost, () -> insert(ghost, "google", uniqueId(), null)));
    }

    @Test
    void deletingUserRemovesItsIdentities() {
        var user = users.create();
        var admin = users.create("admin");
        users.runAs(user, () -> {
            insert(user, "google", uniqueId(), null);
            insert(user, "phone", "+9198" + uniqueDigits(), null);
        });

        users.runAs(user, () -> jdbc.sql("delete from users where id = :id").param("id", user.id()).update());

        assertThat(users.inTransactionAs(admin, () -> jdbc.sql("""
                select count(*) from user_auth_identities where user_id = :id
                """).param("id", user.id()).query(Long.class).single())).isZero();
    }

    private UUID insert(ActingUser user, String provider, String providerId, String email) {
        return jdbc.sql("""
                insert into user_auth_identities (user_id, provider, provider_id, email)
                values (:userId, :provider::auth_provider, :providerId, :email)
                returning id
                """)
                .param("userId", user.id()).param("provider", provider)
                .param("providerId", providerId).param("email", email)
                .query(UUID.class).single();
    }

    static String uniqueId() {
        return "sub-" + UUID.randomUUID();
    }

    static String uniqueDigits() {
        return String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L));
    }
}
