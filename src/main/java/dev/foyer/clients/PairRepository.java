package dev.foyer.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Seed 000's realtor_clients. The status guard of the table decides who may move a pair where: it
 * starts pending, only the client makes it active, only the realtor brings a removed one back.
 */
@Repository
class PairRepository {

    private static final RecordMapper<Pair> PAIRS = RecordMapper.of(Pair.class);
    private static final RecordMapper<InvitationView> INVITATION_VIEWS = RecordMapper.of(InvitationView.class);

    record Pair(UUID id, boolean removed) {
    }

    private final JdbcClient jdbc;

    PairRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Pair> find(UUID id) {
        return jdbc.sql("""
                select id, deleted_at is not null as removed
                  from realtor_clients
                 where id = :id
                """).param("id", id).query(PAIRS).optional();
    }

    /** The client's side of a claim; an existing pair with the realtor (any state) is kept as it is. */
    UUID claim(UUID realtorId, UUID clientId) {
        return jdbc.sql("""
                insert into realtor_clients (realtor_id, client_id) values (:realtorId, :clientId)
                on conflict (realtor_id, client_id) do nothing
                returning id
                """).param("realtorId", realtorId).param("clientId", clientId).query(UUID.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        select id from realtor_clients where realtor_id = :realtorId and client_id = :clientId
                        """).param("realtorId", realtorId).param("clientId", clientId).query(UUID.class).single());
    }

    /** The realtor invites a removed client again: pending, for the client to accept again. */
    void revive(UUID realtorId, UUID id) {
        jdbc.sql("""
                update realtor_clients set deleted_at = null, status = 'pending'
                 where id = :id and realtor_id = :realtorId and deleted_at is not null
                """).param("id", id).param("realtorId", realtorId).update();
    }

    /** The client accepts; answers the pair's realtor, empty when the pair is not the client's to accept. */
    Optional<UUID> accept(UUID clientId, UUID id) {
        return jdbc.sql("""
                update realtor_clients set status = 'active'
                 where id = :id and client_id = :clientId and deleted_at is null
                returning realtor_id
                """).param("id", id).param("clientId", clientId).query(UUID.class).optional();
    }

    /** The client says no: the pending pair is removed, as the realtor would remove it. */
    int decline(UUID clientId, UUID id) {
        return jdbc.sql("""
                update realtor_clients set deleted_at = now()
                 where id = :id and client_id = :clientId and status = 'pending' and deleted_at is null
                """).param("id", id).param("clientId", clientId).update();
    }

    int remove(UUID realtorId, UUID clientId) {
        return jdbc.sql("""
                update realtor_clients set deleted_at = now()
                 where realtor_id = :realtorId and client_id = :clientId and deleted_at is null
                """).param("realtorId", realtorId).param("clientId", clientId).update();
    }

    void createOnboarding(UUID realtorId, UUID clientId) {
        jdbc.sql("""
                insert into client_onboarding (realtor_id, client_id) values (:realtorId, :clientId)
                on conflict (realtor_id, client_id) do nothing
                """).param("realtorId", realtorId).param("clientId", clientId).update();
    }

    /** Seed 001's account type, chosen here by accepting when the user had not chosen one. */
    void becomeClientIfNoRole(UUID userId) {
        jdbc.sql("update users set role = 'client' where id = :id and role is null").param("id", userId).update();
    }

    List<InvitationView> pendingFor(UUID clientId) {
        return jdbc.sql("""
                select rc.id, rc.realtor_id, u.full_name as realtor_name, rc.created_at as invited_at
                  from realtor_clients rc
                  left join users u on u.id = rc.realtor_id
                 where rc.client_id = :clientId and rc.status = 'pending' and rc.deleted_at is null
                 order by rc.created_at desc, rc.id
                """).param("clientId", clientId).query(INVITATION_VIEWS).list();
    }

    UUID onboardingId(UUID realtorId, UUID clientId) {
        return jdbc.sql("select id from client_onboarding where realtor_id = :realtorId and client_id = :clientId")
                .param("realtorId", realtorId).param("clientId", clientId).query(UUID.class).single();
    }
}
