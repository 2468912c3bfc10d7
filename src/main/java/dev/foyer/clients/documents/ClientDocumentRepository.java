package dev.foyer.clients.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Document rows, always reached through their onboarding and scoped to the user's side of it: the
 * client, or the realtor while the client's acceptance stands. The row-level policies check the
 * same again.
 */
@Repository
class ClientDocumentRepository {

    private static final RecordMapper<DocumentView> DOCUMENTS = RecordMapper.of(DocumentView.class);

    private static final String COLUMNS = """
            d.id, d.onboarding_id, d.title, d.filename as file_name, d.mime_type as media_type, d.size_bytes, d.created_at
            """;

    /**
     * The user may read onboarding {@code o}: its client, or its realtor while the pair is active. A
     * removed client invited again is pending, and their documents stay closed until they accept.
     */
    private static final String READABLE_BY_USER = """
            (o.client_id = :userId
             or (o.realtor_id = :userId
                 and exists (select 1 from realtor_clients rc
                              where rc.realtor_id = o.realtor_id and rc.client_id = o.client_id
                                and rc.status = 'active' and rc.deleted_at is null)))
            """;

    private final JdbcClient jdbc;

    ClientDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which side of the onboarding the user is on, if they may see it at all. */
    Optional<OnboardingSide> side(UUID userId, UUID onboardingId) {
        return jdbc.sql("""
                select case when o.client_id = :userId then 'CLIENT' else 'REALTOR' end
                  from client_onboarding o
                 where o.id = :onboardingId and """ + READABLE_BY_USER)
                .param("userId", userId).param("onboardingId", onboardingId)
                .query(OnboardingSide.class).optional();
    }

    /** Inserts the row if the user is the onboarding's client; answers its id. */
    Optional<UUID> insert(UUID userId, UUID onboardingId, String title, String objectKey, String fileName,
                          String mediaType, long size, Instant createdAt) {
        return jdbc.sql("""
                insert into client_documents (onboarding_id, title, s3_key, filename, mime_type, size_bytes, created_at)
                select o.id, :title, :objectKey, :fileName, :mediaType, :size, :createdAt
                  from client_onboarding o
                 where o.id = :onboardingId and o.client_id = :userId
                returning id
                """).param("userId", userId).param("onboardingId", onboardingId).param("title", title)
                .param("objectKey", objectKey).param("fileName", fileName).param("mediaType", mediaType)
                .param("size", Math.toIntExact(size)).param("createdAt", java.sql.Timestamp.from(createdAt))
                .query(UUID.class).optional();
    }

    List<DocumentView> list(UUID userId, UUID onboardingId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + """
                  from client_documents d
                  join client_onboarding o on o.id = d.onboarding_id
                 where d.onboarding_id = :onboardingId and """ + READABLE_BY_USER + """
                 order by d.created_at desc, d.id desc
                 limit :limit offset :offset
                """).param("userId", userId).param("onboardingId", onboardingId)
                .param("limit", limit).param("offset", offset)
                .query(DOCUMENTS).list();
    }

    long count(UUID userId, UUID onboardingId) {
        return jdbc.sql("""
                select count(*)
                  from client_documents d
                  join client_onboarding o on o.id = d.onboarding_id
                 where d.onboarding_id = :onboardingId and """ + READABLE_BY_USER)
                .param("userId", userId).param("onboardingId", onboardingId).query(Long.class).single();
    }

    Optional<StoredDocument> find(UUID userId, UUID onboardingId, UUID documentId) {
        return jdbc.sql("select " + COLUMNS + ", d.s3_key as object_key" + """
                  from client_documents d
                  join client_onboarding o on o.id = d.onboarding_id
                 where d.id = :documentId and d.onboarding_id = :onboardingId and """ + READABLE_BY_USER)
                .param("userId", userId).param("onboardingId", onboardingId).param("documentId", documentId)
                .query((rs, n) -> new StoredDocument(new DocumentView(
                        rs.getObject("id", UUID.class), rs.getObject("onboarding_id", UUID.class),
                        rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant()),
                        rs.getString("object_key")))
                .optional();
    }

    /**
     * Deletes the row if the user is the onboarding's client and answers its object's key; the
     * trigger notes the object for removal.
     */
    Optional<String> delete(UUID userId, UUID onboardingId, UUID documentId) {
        return jdbc.sql("""
                delete from client_documents d
                 using client_onboarding o
                 where d.id = :documentId and d.onboarding_id = :onboardingId
                   and o.id = d.onboarding_id and o.client_id = :userId
                returning d.s3_key
                """).param("userId", userId).param("onboardingId", onboardingId).param("documentId", documentId)
                .query(String.class).optional();
    }

    enum OnboardingSide { CLIENT, REALTOR }

    record StoredDocument(DocumentView view, String objectKey) {
    }
}
