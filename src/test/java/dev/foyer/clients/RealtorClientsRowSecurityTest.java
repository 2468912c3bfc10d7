package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertRaises;
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

/**
 * Row-level security of realtor-client pairs and share links: both sides of a pair see it, a third
 * user does not; only a realtor's own (live) clients can be shared.
 */
@FoyerIntegrationTest
class RealtorClientsRowSecurityTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ClientRows rows;
    RowVisibility visibility;
    ActingUser realtor;
    ActingUser client;
    ActingUser stranger;

    @BeforeEach
    void setUp() {
        rows = new ClientRows(users, jdbc);
        visibility = new RowVisibility(users, jdbc);
        realtor = users.create();
        client = users.create();
        stranger = users.create();
    }

    @Test
    void bothSidesOfPairSeeItAndAThirdUserDoesNot() {
        UUID pair = rows.pair(realtor, client);

        visibility.assertVisibleTo(realtor, "realtor_clients", pair);
        visibility.assertVisibleTo(client, "realtor_clients", pair);
        visibility.assertInvisibleTo(stranger, realtor, "realtor_clients", pair);
    }

    @Test
    void pairIsHiddenFromNobody() {
        visibility.assertHiddenFromNobody(realtor, "realtor_clients", rows.pair(realtor, client));
    }

    @Test
    void userCannotCreatePairForAnotherRealtor() {
        assertRefusedByRowSecurity("realtor_clients", () -> users.runAs(stranger, () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId)
                """).param("realtorId", realtor.id()).param("clientId", client.id()).update()));
    }

    @Test
    void clientCannotDeletePair() {
        UUID pair = rows.pair(realtor, client);

        assertThat(users.inTransactionAs(client, () -> jdbc.sql("delete from realtor_clients where id = :id")
                .param("id", pair).update())).isZero();
        visibility.assertVisibleTo(realtor, "realtor_clients", pair);
    }

    @Test
    void adminReadsEveryPair() {
        visibility.assertVisibleTo(users.create("admin"), "realtor_clients", rows.pair(realtor, client));
    }

    @Test
    void realtorAndClientSeeShareLinkAndAThirdUserDoesNot() {
        rows.acceptedPair(realtor, client);
        UUID link = rows.shareToken(realtor, client);

        visibility.assertVisibleTo(realtor, "shareable_profile_tokens", link);
        visibility.assertVisibleTo(client, "shareable_profile_tokens", link);
        visibility.assertInvisibleTo(stranger, realtor, "shareable_profile_tokens", link);
        visibility.assertVisibleTo(users.create("admin"), "shareable_profile_tokens", link);
    }

    @Test
    void shareLinkIsHiddenFromNobody() {
        rows.acceptedPair(realtor, client);

        visibility.assertHiddenFromNobody(realtor, "shareable_profile_tokens", rows.shareToken(realtor, client));
    }

    @Test
    void realtorCannotShareProfileOfSomeoneNotTheirClient() {
        assertRefusedByRowSecurity("shareable_profile_tokens", () -> rows.shareToken(realtor, stranger));
    }

    @Test
    void realtorCannotShareProfileOfClientWhoHasNotAccepted() {
        rows.pair(realtor, client);

        assertRefusedByRowSecurity("shareable_profile_tokens", () -> rows.shareToken(realtor, client));
    }

    @Test
    void onlyTheClientAcceptsAnInvitation() {
        UUID pair = rows.pair(realtor, client);

        assertRaises("only the client accepts", () -> users.runAs(realtor, () -> jdbc.sql(
                "update realtor_clients set status = 'active' where id = :id").param("id", pair).update()));
        assertRaises("an invitation starts pending", () -> users.runAs(realtor, () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id, status) values (:realtorId, :strangerId, 'active')
                """).param("realtorId", realtor.id()).param("strangerId", stranger.id()).update()));
        users.runAs(client, () -> jdbc.sql("update realtor_clients set status = 'active' where id = :id")
                .param("id", pair).update());
    }

    @Test
    void aRemovedClientInvitedAgainMustAcceptAgain() {
        UUID pair = rows.acceptedPair(realtor, client);
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = now() where id = :id")
                .param("id", pair).update());

        assertRaises("the client accepts again", () -> users.runAs(realtor, () -> jdbc.sql(
                "update realtor_clients set deleted_at = null where id = :id").param("id", pair).update()));
        assertRaises("only the realtor invites", () -> users.runAs(client, () -> jdbc.sql(
                "update realtor_clients set deleted_at = null, status = 'pending' where id = :id").param("id", pair).update()));
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = null, status = 'pending' where id = :id")
                .param("id", pair).update());
    }

    @Test
    void realtorCannotShareProfileOfRemovedClient() {
        UUID pair = rows.acceptedPair(realtor, client);
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = now() where id = :id")
                .param("id", pair).update());

        assertRefusedByRowSecurity("shareable_profile_tokens", () -> rows.shareToken(realtor, client));
    }

    @Test
    void userCannotCreateShareLinkInAnotherRealtorsName() {
        rows.acceptedPair(realtor, client);

        assertRefusedByRowSecurity("shareable_profile_tokens", () -> users.inTransactionAs(stranger,
                () -> rows.insertShareToken(realtor.id(), client.id(), ClientRows.uniqueToken())));
    }

    @Test
    void clientCannotRevokeOrDeleteShareLink() {
        rows.acceptedPair(realtor, client);
        UUID link = rows.shareToken(realtor, client);

        assertThat(users.inTransactionAs(client, () -> jdbc.sql("""
                update shareable_profile_tokens set revoked_at = now() where id = :id
                """).param("id", link).update())).isZero();
        assertThat(users.inTransactionAs(client, () -> jdbc.sql("delete from shareable_profile_tokens where id = :id")
                .param("id", link).update())).isZero();
    }

    @Test
    void realtorCannotPointShareLinkAtSomeoneNotTheirClient() {
        rows.acceptedPair(realtor, client);
        UUID link = rows.shareToken(realtor, client);

        assertRaises("client_id cannot change", () -> users.runAs(realtor, () -> jdbc.sql("""
                update shareable_profile_tokens set client_id = :strangerId where id = :id
                """).param("strangerId", stranger.id()).param("id", link).update()));
    }

    @Test
    void realtorCannotReviveLinkOfRemovedClient() {
        UUID pair = rows.acceptedPair(realtor, client);
        UUID link = rows.shareToken(realtor, client);
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = now() where id = :id")
                .param("id", pair).update());

        // The removal revoked the link (V14); reviving it means taking the revocation back.
        assertRefusedByRowSecurity("shareable_profile_tokens", () -> users.runAs(realtor, () -> jdbc.sql("""
                update shareable_profile_tokens set revoked_at = null, expires_at = expires_at + interval '30 days'
                 where id = :id
                """).param("id", link).update()));
    }

    @Test
    void realtorRevokesLinkOfRemovedClient() {
        UUID pair = rows.acceptedPair(realtor, client);
        UUID link = rows.shareToken(realtor, client);
        users.runAs(realtor, () -> jdbc.sql("update realtor_clients set deleted_at = now() where id = :id")
                .param("id", pair).update());

        assertThat(users.inTransactionAs(realtor, () -> jdbc.sql("""
                update shareable_profile_tokens set revoked_at = now() where id = :id
                """).param("id", link).update())).isEqualTo(1);
    }
}
