package dev.foyer.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of {@code GET /api/clients}: one query for the realtor's clients and open invitations,
 * one for the client's realtors, each with the onboarding's progress.
 */
@Repository
class ClientQueryRepository {

    /** How far onboarding {@code o} has got: groups of the form with anything in them, and its documents. */
    private static final String PROGRESS = """
                   (num_nonnulls(o.phone, o.date_of_birth, o.current_address, o.current_city, o.current_province,
                                 o.current_postal_code) > 0)::int
                   + (num_nonnulls(o.employer_name, o.employer_phone, o.job_title, o.monthly_income,
                                   o.employment_start_date) > 0)::int
                   + (num_nonnulls(o.emergency_contact_name, o.emergency_contact_phone,
                                   o.emergency_contact_relationship) > 0)::int
                   + (o.number_of_occupants is not null)::int + (o.has_pets is not null)::int
                   + (o.additional_notes is not null)::int as sections_filled,
                   (select count(*) from client_documents d where d.onboarding_id = o.id) as documents,
            """;

    /**
     * A realtor's live pairs (phone and email from the invitation that led to them) and unclaimed
     * invitations. {@code :pattern} is a substring of name, phone or email; {@code :digits} the digits
     * typed, so that "0412 345" finds "+61412345...".
     */
    private static final String REALTOR_ENTRIES = """
            with entries as (
                select i.id as invitation_id, rc.id as pair_id, rc.realtor_id, rc.client_id,
                       rc.status::text as status, u.full_name as name, i.phone, coalesce(i.email, p.email) as email,
                       coalesce(i.created_at, rc.created_at) as invited_at
                  from realtor_clients rc
                  -- Who the client is shows once they accept; until then, what the realtor typed.
                  left join users u on u.id = rc.client_id and rc.status = 'active'
                  left join profiles p on p.id = rc.client_id and rc.status = 'active'
                  left join lateral (select ci.id, ci.phone, ci.email, ci.created_at from client_invitations ci
                                      where ci.realtor_client_id = rc.id and ci.realtor_id = rc.realtor_id
                                      order by ci.created_at limit 1) i on true
                 where rc.realtor_id = :realtorId and rc.deleted_at is null
                union all
                select ci.id, null, ci.realtor_id, null, 'invited', null, ci.phone, ci.email, ci.created_at
                  from client_invitations ci
                 where ci.realtor_id = :realtorId and ci.claimed_at is null
            )
            select e.*, o.id as onboarding_id, o.submitted_at,
""" + PROGRESS + """
                   count(*) over () as total
              from entries e
              left join client_onboarding o
                on o.realtor_id = e.realtor_id and o.client_id = e.client_id and e.status = 'active'
             where (:clientId::uuid is null or e.client_id = :clientId::uuid)
               and (:invitationId::uuid is null or e.invitation_id = :invitationId::uuid)
               and (:pattern::text is null
                    or e.name ilike :pattern or e.phone like :pattern or e.email ilike :pattern
                    or (:digits <> '' and e.phone like '%' || :digits || '%'))
             order by e.invited_at desc, e.invitation_id, e.pair_id
             limit :limit offset :offset
            """;

    /** A client's live pairs, named after the realtor. */
    private static final String CLIENT_ENTRIES = """
            select null::uuid as invitation_id, rc.id as pair_id, rc.realtor_id, rc.client_id,
                   rc.status::text as status, u.full_name as name, null as phone, null as email,
                   rc.created_at as invited_at, o.id as onboarding_id, o.submitted_at,
""" + PROGRESS + """
                   count(*) over () as total
              from realtor_clients rc
              left join users u on u.id = rc.realtor_id
              left join client_onboarding o on o.realtor_id = rc.realtor_id and o.client_id = rc.client_id
             where rc.client_id = :clientId and rc.deleted_at is null
               and (:pattern::text is null or u.full_name ilike :pattern)
             order by rc.created_at desc, rc.id
             limit :limit offset :offset
            """;

    record Rows(List<ClientEntry> entries, long total) {
    }

    private final JdbcClient jdbc;

    ClientQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The realtor's entries; {@code clientId} or {@code invitationId}, when not null, picks one. */
    Rows realtorEntries(UUID realtorId, UUID clientId, UUID invitationId, String q, int limit, int offset) {
        return rows(jdbc.sql(REALTOR_ENTRIES).param("realtorId", realtorId).param("clientId", clientId)
                .param("invitationId", invitationId)
                .param("pattern", pattern(q)).param("digits", q == null ? "" : q.replaceAll("\\D", ""))
                .param("limit", limit).param("offset", offset));
    }

    Rows clientEntries(UUID clientId, String q, int limit, int offset) {
        return rows(jdbc.sql(CLIENT_ENTRIES).param("clientId", clientId).param("pattern", pattern(q))
                .param("limit", limit).param("offset", offset));
    }

    private static Rows rows(JdbcClient.StatementSpec statement) {
        long[] total = {0};
        RowMapper<ClientEntry> mapper = (rs, n) -> {
            total[0] = rs.getLong("total");
            return entry(rs);
        };
        return new Rows(statement.query(mapper).list(), total[0]);
    }

    private static ClientEntry entry(ResultSet rs) throws SQLException {
        UUID onboardingId = rs.getObject("onboarding_id", UUID.class);
        var submitted = rs.getTimestamp("submitted_at");
        var progress = onboardingId == null ? null : new OnboardingProgress(onboardingId, rs.getInt("sections_filled"),
                OnboardingProgress.SECTIONS, rs.getLong("documents"), submitted == null ? null : submitted.toInstant());
        String status = rs.getString("status");
        return new ClientEntry(rs.getObject("invitation_id", UUID.class), rs.getObject("pair_id", UUID.class),
                rs.getObject("realtor_id", UUID.class), rs.getObject("client_id", UUID.class), status,
                rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                rs.getTimestamp("invited_at").toInstant(), progress);
    }

    /** A substring match, with LIKE's own wildcards in the search taken literally. */
    private static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
