package dev.foyer.clients.share;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Share links as their realtor and client manage them. Liveness is decided against {@code :now}, the
 * application's clock, so that the list, the public page and the tests agree on when a link expired.
 */
@Repository
class ShareLinkRepository {

    private static final RecordMapper<ShareLinkView> SHARE_LINK_VIEWS = RecordMapper.of(ShareLinkView.class);

    private static final String LINKS = """
            select t.id, t.client_id, u.full_name as client_name, t.realtor_id, t.sections,
                   t.created_at, t.expires_at, t.revoked_at,
                   case when t.revoked_at is not null then 'revoked'
                        when t.expires_at <= :now then 'expired'
                        else 'live' end as status,
                   (select count(*) from share_link_views v where v.share_id = t.id) as view_count,
                   (select max(v.viewed_at) from share_link_views v where v.share_id = t.id) as last_viewed_at,
                   count(*) over () as total
              from shareable_profile_tokens t
              left join users u on u.id = t.client_id
            """;

    private final JdbcClient jdbc;

    ShareLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the client accepted the realtor's invitation and was not removed since. */
    /**
     * Whether the client is the realtor's, active and not removed; the pair stays locked until the
     * transaction ends, so that a removal running at the same moment waits and then revokes the new link.
     */
    boolean isLiveClient(UUID realtorId, UUID clientId) {
        return !jdbc.sql("""
                select id from realtor_clients
                 where realtor_id = :realtorId and client_id = :clientId
                   and status = 'active' and deleted_at is null
                   for share
                """).param("realtorId", realtorId).param("clientId", clientId).query(UUID.class).list().isEmpty();
    }

    UUID insert(UUID realtorId, UUID clientId, String tokenHash, Instant now, Instant expiresAt, List<String> sections) {
        return jdbc.sql("""
                insert into shareable_profile_tokens (realtor_id, client_id, token, created_at, expires_at, sections)
                values (:realtorId, :clientId, :tokenHash, :now, :expiresAt, :sections::text[])
                returning id
                """).param("realtorId", realtorId).param("clientId", clientId).param("tokenHash", tokenHash)
                .param("now", at(now)).param("expiresAt", at(expiresAt))
                .param("sections", sections.toArray(String[]::new))
                .query(UUID.class).single();
    }

    /** The links a user made (as realtor) or is the subject of (as client), newest first. */
    Page<ShareLink> list(UUID userId, UUID clientId, Instant now, PageRequest page) {
        var rows = jdbc.sql(LINKS + """
                 where (t.realtor_id = :userId or t.client_id = :userId)
                   and (cast(:clientId as uuid) is null or t.client_id = :clientId)
                 order by t.created_at desc, t.id desc
                 limit :limit offset :offset
                """).param("userId", userId).param("clientId", clientId).param("now", at(now))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(ShareLinkRepository::row).list();
        long total = rows.isEmpty() ? count(userId, clientId) : rows.get(0).total();
        return new Page<>(rows.stream().map(Row::link).toList(), page.offset(), page.limit(), total);
    }

    Optional<ShareLink> find(UUID userId, UUID id, Instant now) {
        return jdbc.sql(LINKS + " where t.id = :id and (t.realtor_id = :userId or t.client_id = :userId)")
                .param("id", id).param("userId", userId).param("now", at(now))
                .query(ShareLinkRepository::row).optional().map(Row::link);
    }

    /** Revokes once: revoking again keeps the first time. Zero when the link is not the realtor's. */
    int revoke(UUID realtorId, UUID id, Instant now) {
        return jdbc.sql("""
                update shareable_profile_tokens set revoked_at = coalesce(revoked_at, :now)
                 where id = :id and realtor_id = :realtorId
                """).param("id", id).param("realtorId", realtorId).param("now", at(now)).update();
    }

    Page<ShareLinkView> views(UUID shareId, PageRequest page) {
        var views = jdbc.sql("""
                select id, share_id, viewed_at, ip_prefix, user_agent
                  from share_link_views
                 where share_id = :shareId
                 order by viewed_at desc, id desc
                 limit :limit offset :offset
                """).param("shareId", shareId).param("limit", page.limit()).param("offset", page.offset())
                .query(SHARE_LINK_VIEWS).list();
        long total = jdbc.sql("select count(*) from share_link_views where share_id = :shareId")
                .param("shareId", shareId).query(Long.class).single();
        return new Page<>(views, page.offset(), page.limit(), total);
    }

    /** The latest views of each of the user's links about one client, in one query. */
    List<ShareLinkView> recentViews(UUID userId, UUID clientId, int perLink) {
        return jdbc.sql("""
                select id, share_id, viewed_at, ip_prefix, user_agent
                  from (select v.*, row_number() over (partition by v.share_id
                                                       order by v.viewed_at desc, v.id desc) as n
                          from share_link_views v
                          join shareable_profile_tokens t on t.id = v.share_id
                         where t.client_id = :clientId
                           and (t.realtor_id = :userId or t.client_id = :userId)) latest
                 where n <= :perLink
                 order by share_id, viewed_at desc, id desc
                """).param("userId", userId).param("clientId", clientId).param("perLink", perLink)
                .query(SHARE_LINK_VIEWS).list();
    }

    /** Whether the user is or was the client's realtor, whatever became of the invitation. */
    boolean isClientOf(UUID realtorId, UUID clientId) {
        return jdbc.sql("""
                select exists (select 1 from realtor_clients where realtor_id = :realtorId and client_id = :clientId)
                """).param("realtorId", realtorId).param("clientId", clientId).query(Boolean.class).single();
    }

    private long count(UUID userId, UUID clientId) {
        return jdbc.sql("""
                select count(*) from shareable_profile_tokens t
                 where (t.realtor_id = :userId or t.client_id = :userId)
                   and (cast(:clientId as uuid) is null or t.client_id = :clientId)
                """).param("userId", userId).param("clientId", clientId).query(Long.class).single();
    }

    private record Row(ShareLink link, long total) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var link = new ShareLink(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getString("client_name"), rs.getObject("realtor_id", UUID.class), rs.getString("status"),
                strings(rs.getArray("sections")), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "revoked_at"), rs.getLong("view_count"), instant(rs, "last_viewed_at"));
        return new Row(link, rs.getLong("total"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
