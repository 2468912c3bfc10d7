package dev.foyer.clients.share;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public side of a share link, read in a transaction bound to no user and to the hash of the
 * link's token ({@code app.share_token_hash}): the V13 policies then show the link's own row, and
 * only while it is live, the client's name, onboarding and documents. No query here names a user.
 */
@Repository
class SharedProfileRepository {

    private static final RecordMapper<StoredDocument> STORED_DOCUMENTS = RecordMapper.of(StoredDocument.class);
    private static final RecordMapper<SharedProfile.SharedDocument> SHARED_DOCUMENTS =
            RecordMapper.of(SharedProfile.SharedDocument.class);

    private final JdbcClient jdbc;

    SharedProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Link(UUID id, UUID clientId, UUID realtorId, List<String> sections, Instant expiresAt, Instant revokedAt) {
    }

    Optional<Link> link(String tokenHash) {
        return jdbc.sql("""
                select id, client_id, realtor_id, sections, expires_at, revoked_at
                  from shareable_profile_tokens
                 where token = :tokenHash
                """).param("tokenHash", tokenHash).query((rs, n) -> new Link(rs.getObject("id", UUID.class),
                        rs.getObject("client_id", UUID.class), rs.getObject("realtor_id", UUID.class),
                        ShareLinkRepository.strings(rs.getArray("sections")),
                        ShareLinkRepository.instant(rs, "expires_at"), ShareLinkRepository.instant(rs, "revoked_at")))
                .optional();
    }

    /**
     * Records a view, and so proves the link live in the database's eyes as well: zero rows when its
     * policy, which reads the database's clock, no longer lets the view in.
     */
    int recordView(UUID shareId, Instant now, String ipPrefix, String userAgent) {
        return jdbc.sql("""
                insert into share_link_views (share_id, viewed_at, ip_prefix, user_agent)
                select t.id, :now, :ipPrefix, :userAgent
                  from shareable_profile_tokens t
                 where t.id = :shareId and t.revoked_at is null and t.expires_at > now()
                """).param("shareId", shareId).param("now", ShareLinkRepository.at(now))
                .param("ipPrefix", ipPrefix).param("userAgent", userAgent).update();
    }

    Optional<String> clientName(UUID clientId) {
        return jdbc.sql("select full_name from users where id = :clientId")
                .param("clientId", clientId).query(String.class).optional();
    }

    Optional<SharedProfile.Details> details(UUID realtorId, UUID clientId) {
        return jdbc.sql("""
                select phone, date_of_birth, current_address, current_city, current_province,
                       current_postal_code, employer_name, employer_phone, job_title, employment_start_date,
                       monthly_income, emergency_contact_name, emergency_contact_phone,
                       emergency_contact_relationship, number_of_occupants, has_pets, additional_notes
                  from client_onboarding
                 where realtor_id = :realtorId and client_id = :clientId
                """).param("realtorId", realtorId).param("clientId", clientId)
                .query(SharedProfileRepository::details).optional();
    }

    List<SharedProfile.SharedDocument> documents(UUID realtorId, UUID clientId) {
        return jdbc.sql("""
                select d.id, d.title, d.filename, d.mime_type, d.size_bytes
                  from client_documents d
                  join client_onboarding o on o.id = d.onboarding_id
                 where o.realtor_id = :realtorId and o.client_id = :clientId
                 order by d.created_at desc, d.id
                """).param("realtorId", realtorId).param("clientId", clientId)
                .query(SHARED_DOCUMENTS).list();
    }

    record StoredDocument(String s3Key, String filename, String mimeType, long sizeBytes) {
    }

    /** A document of the pair's onboarding; the policy admits it only if the bound link shares documents. */
    Optional<StoredDocument> document(UUID realtorId, UUID clientId, UUID documentId) {
        return jdbc.sql("""
                select d.s3_key, d.filename, d.mime_type, d.size_bytes
                  from client_documents d
                  join client_onboarding o on o.id = d.onboarding_id
                 where d.id = :documentId and o.realtor_id = :realtorId and o.client_id = :clientId
                """).param("documentId", documentId).param("realtorId", realtorId).param("clientId", clientId)
                .query(STORED_DOCUMENTS).optional();
    }

    private static SharedProfile.Details details(ResultSet rs, int n) throws SQLException {
        return new SharedProfile.Details(rs.getString("phone"), date(rs, "date_of_birth"),
                rs.getString("current_address"), rs.getString("current_city"), rs.getString("current_province"),
                rs.getString("current_postal_code"), rs.getString("employer_name"), rs.getString("employer_phone"),
                rs.getString("job_title"), date(rs, "employment_start_date"),
                rs.getObject("monthly_income", Integer.class), rs.getString("emergency_contact_name"),
                rs.getString("emergency_contact_phone"), rs.getString("emergency_contact_relationship"),
                rs.getObject("number_of_occupants", Integer.class), rs.getString("has_pets"),
                rs.getString("additional_notes"));
    }

    /** The form's dates are days; they are kept as instants at midnight UTC. */
    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
