package dev.foyer.clients;

import static dev.foyer.DatabaseAssertions.assertRaises;
import static dev.foyer.DatabaseAssertions.assertRefusedByRowSecurity;
import static dev.foyer.DatabaseAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import dev.foyer.identity.TestPhones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invitations are addressed to phones (V13): the realtor sees their own, the owner of the phone sees
 * the unclaimed ones addressed to it and may turn one into a pending pair, and nobody else sees or
 * claims anything.
 */
@FoyerIntegrationTest
class ClientInvitationsRowSecurityTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    ActingUser realtor;
    ActingUser client;
    ActingUser stranger;
    String clientPhone;

    @BeforeEach
    void setUp() {
        realtor = users.create();
        client = users.create();
        stranger = users.create();
        clientPhone = TestPhones.next();
        users.runAs(client, () -> jdbc.sql("""
                insert into user_auth_identities (user_id, provider, provider_id) values (:id, 'phone', :phone)
                """).param("id", client.id()).param("phone", clientPhone).update());
        users.runAs(stranger, () -> jdbc.sql("""
                insert into user_auth_identities (user_id, provider, provider_id) values (:id, 'phone', :phone)
                """).param("id", stranger.id()).param("phone", TestPhones.next()).update());
    }

    @Test
    void realtorAndThePhonesOwnerSeeTheInvitationAndNobodyElseDoes() {
        UUID invitation = invite(clientPhone);

        assertThat(invitationsSeenBy(realtor)).contains(invitation);
        assertThat(invitationsSeenBy(client)).contains(invitation);
        assertThat(invitationsSeenBy(stranger)).doesNotContain(invitation);
        assertThat(users.inTransactionAsNobody(() -> jdbc.sql("select count(*) from client_invitations")
                .query(Long.class).single())).isZero();
    }

    @Test
    void ownerOfThePhoneClaimsTheInvitationAsAPendingPair() {
        UUID invitation = invite(clientPhone);

        UUID pair = claim(client, invitation);

        assertThat(users.inTransactionAs(realtor, () -> jdbc.sql("select status::text from realtor_clients where id = :id")
                .param("id", pair).query(String.class).single())).isEqualTo("pending");
        assertThat(invitationsSeenBy(client)).as("the client still sees what they claimed").contains(invitation);
    }

    @Test
    void someoneElseCannotClaimAnInvitationToAnotherPhone() {
        UUID invitation = invite(clientPhone);

        assertRefusedByRowSecurity("realtor_clients", () -> users.runAs(stranger, () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :strangerId)
                """).param("realtorId", realtor.id()).param("strangerId", stranger.id()).update()));
        assertThat(users.inTransactionAs(stranger, () -> jdbc.sql("""
                update client_invitations set claimed_at = now() where id = :id
                """).param("id", invitation).update())).isZero();
    }

    @Test
    void aClaimedInvitationCannotBeClaimedAgainForASecondPair() {
        UUID invitation = invite(clientPhone);
        UUID pair = claim(client, invitation);
        users.runAs(realtor, () -> jdbc.sql("delete from realtor_clients where id = :id").param("id", pair).update());

        assertRefusedByRowSecurity("realtor_clients", () -> users.runAs(client, () -> jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId)
                """).param("realtorId", realtor.id()).param("clientId", client.id()).update()));
    }

    @Test
    void theInvitedPhoneAndTheRealtorNeverChange() {
        UUID invitation = invite(clientPhone);

        assertThat(users.inTransactionAs(stranger, () -> jdbc.sql("""
                update client_invitations set realtor_id = :stranger where id = :id
                """).param("stranger", stranger.id()).param("id", invitation).update())).isZero();
        assertRaises("client_invitations.phone cannot change", () -> users.runAs(realtor,
                () -> jdbc.sql("update client_invitations set phone = '+61491570999' where id = :id")
                        .param("id", invitation).update()));
    }

    @Test
    void aRealtorInvitesAPhoneOnceAndOnlyInE164() {
        invite(clientPhone);

        assertViolates("client_invitations_realtor_phone_key", () -> invite(clientPhone));
        assertViolates("client_invitations_phone_e164", () -> invite("0491 570 156"));
    }

    @Test
    void nobodyInvitesOnAnotherRealtorsBehalf() {
        assertRefusedByRowSecurity("client_invitations", () -> users.runAs(stranger, () -> jdbc.sql("""
                insert into client_invitations (realtor_id, phone) values (:realtorId, :phone)
                """).param("realtorId", realtor.id()).param("phone", clientPhone).update()));
    }

    @Test
    void theInvitedClientSeesWhoInvitesThemAndTheRealtorLearnsWhoTheClientIsOnlyOnceTheyAccept() {
        UUID pair = claim(client, invite(clientPhone));

        assertThat(namesSeenBy(client)).contains(realtor.id());
        assertThat(namesSeenBy(realtor)).as("a pending invitation does not say whose phone it is").doesNotContain(client.id());
        users.runAs(client, () -> jdbc.sql("update realtor_clients set status = 'active' where id = :id")
                .param("id", pair).update());
        assertThat(namesSeenBy(realtor)).contains(client.id());
        assertThat(namesSeenBy(stranger)).doesNotContain(realtor.id(), client.id());
    }

    private UUID invite(String phone) {
        return users.inTransactionAs(realtor, () -> jdbc.sql("""
                insert into client_invitations (realtor_id, phone) values (:realtorId, :phone) returning id
                """).param("realtorId", realtor.id()).param("phone", phone).query(UUID.class).single());
    }

    private UUID claim(ActingUser claimant, UUID invitation) {
        return users.inTransactionAs(claimant, () -> {
            UUID pair = jdbc.sql("""
                    insert into realtor_clients (realtor_id, client_id)
                    select realtor_id, :clientId from client_invitations where id = :invitation
                    returning id
                    """).param("clientId", claimant.id()).param("invitation", invitation).query(UUID.class).single();
            jdbc.sql("update client_invitations set claimed_at = now(), realtor_client_id = :pair where id = :id")
                    .param("pair", pair).param("id", invitation).update();
            return pair;
        });
    }

    private List<UUID> invitationsSeenBy(ActingUser user) {
        return users.inTransactionAs(user, () -> jdbc.sql("select id from client_invitations").query(UUID.class).list());
    }

    private List<UUID> namesSeenBy(ActingUser user) {
        return users.inTransactionAs(user, () -> jdbc.sql("""
                select u.id from users u join profiles p on p.id = u.id
                """).query(UUID.class).list());
    }
}
