package dev.foyer.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Seed 000's invitations by phone ({@code client_invitations}): the realtor's side writes them, the
 * phone's owner claims them. Scoped to the user in the SQL as well as by the table's policies.
 */
@Repository
class InvitationRepository {

    private static final RecordMapper<Invitation> INVITATIONS = RecordMapper.of(Invitation.class);
    private static final RecordMapper<Unclaimed> UNCLAIMED = RecordMapper.of(Unclaimed.class);

    /** An invitation as the realtor's rules need it; {@code pairId} is set once the phone's owner claimed it. */
    record Invitation(UUID id, UUID pairId, boolean claimed) {
    }

    /** An invitation waiting for the signed-in user to claim it. */
    record Unclaimed(UUID id, UUID realtorId) {
    }

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isOwnPhone(String phone) {
        return jdbc.sql("select exists (select 1 from auth.my_phones() p where p = :phone)")
                .param("phone", phone).query(Boolean.class).single();
    }

    /** The realtor's invitation of this phone, locked until the transaction ends, so re-invites take turns. */
    Optional<Invitation> lock(UUID realtorId, String phone) {
        return jdbc.sql("""
                select id, realtor_client_id as pair_id, claimed_at is not null as claimed
                  from client_invitations
                 where realtor_id = :realtorId and phone = :phone
                   for update
                """).param("realtorId", realtorId).param("phone", phone).query(INVITATIONS).optional();
    }

    UUID insert(UUID realtorId, String phone, String email) {
        return jdbc.sql("""
                insert into client_invitations (realtor_id, phone, email) values (:realtorId, :phone, :email)
                returning id
                """).param("realtorId", realtorId).param("phone", phone).param("email", email)
                .query(UUID.class).single();
    }

    /** Invites the phone again: a new email if given, and unclaimed unless it still points at a pair. */
    void reinvite(UUID realtorId, UUID id, String email, boolean unclaim) {
        jdbc.sql("""
                update client_invitations
                   set email = coalesce(:email, email),
                       claimed_at = case when :unclaim then null else claimed_at end
                 where id = :id and realtor_id = :realtorId
                """).param("email", email).param("unclaim", unclaim).param("id", id).param("realtorId", realtorId)
                .update();
    }

    int deleteUnclaimed(UUID realtorId, UUID id) {
        return jdbc.sql("""
                delete from client_invitations where id = :id and realtor_id = :realtorId and claimed_at is null
                """).param("id", id).param("realtorId", realtorId).update();
    }

    /**
     * Invitations to the user's phones from other realtors, not yet claimed, locked: two claims at
     * once wait for each other, and the second finds them claimed.
     */
    List<Unclaimed> lockUnclaimed(UUID userId) {
        return jdbc.sql("""
                select id, realtor_id
                  from client_invitations
                 where claimed_at is null
                   and phone in (select auth.my_phones())
                   and realtor_id <> :userId
                 order by created_at, id
                   for update
                """).param("userId", userId).query(UNCLAIMED).list();
    }

    void markClaimed(UUID id, UUID pairId) {
        jdbc.sql("""
                update client_invitations set claimed_at = now(), realtor_client_id = :pairId where id = :id
                """).param("pairId", pairId).param("id", id).update();
    }
}
