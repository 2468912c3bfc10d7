package dev.foyer.deals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each deal's timeline in {@code deal_events}. Events are written by the service in the same
 * transaction as the change they record, so a change and its record commit or fail together.
 */
@Repository
class DealTimeline {

    static final String CREATED = "created";
    static final String STAGE_CHANGED = "stage_changed";
    static final String UPDATED = "updated";
    static final String ARCHIVED = "archived";
    static final String UNARCHIVED = "unarchived";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DealTimeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void created(UUID userId, UUID dealId, DealFields deal) {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("title", deal.title());
        metadata.put("stage", deal.stage());
        metadata.put("value", deal.value().toPlainString());
        metadata.put("currency", deal.currency());
        record(userId, dealId, CREATED, "Deal created in " + deal.stage(), metadata);
    }

    void stageChanged(UUID userId, UUID dealId, String from, String to) {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("from", from);
        metadata.put("to", to);
        record(userId, dealId, STAGE_CHANGED, "Moved from " + from + " to " + to, metadata);
    }

    void archived(UUID userId, UUID dealId, String stage) {
        record(userId, dealId, ARCHIVED, "Archived from " + stage, Map.of("stage", stage));
    }

    /** {@code status}: what the deal's stage made it on leaving the archive. */
    void unarchived(UUID userId, UUID dealId, String stage, String status) {
        record(userId, dealId, UNARCHIVED, "Unarchived in " + stage, Map.of("stage", stage, "status", status));
    }

    void updated(UUID userId, UUID dealId, Map<String, DealFields.Change> changes) {
        record(userId, dealId, UPDATED, "Changed " + String.join(", ", changes.keySet()), Map.of("fields", changes));
    }

    /**
     * clock_timestamp(), not now(): a request that moves and edits a deal writes two events in one
     * transaction, and they keep the order they happened in.
     */
    private void record(UUID userId, UUID dealId, String type, String description, Map<String, ?> metadata) {
        jdbc.sql("""
                insert into deal_events (deal_id, event_type, description, metadata, created_by, created_at)
                select d.id, :type, :description, cast(:metadata as jsonb), :userId, clock_timestamp()
                  from deals d
                 where d.id = :dealId and d.user_id = :userId
                """)
                .param("dealId", dealId).param("userId", userId).param("type", type)
                .param("description", description).param("metadata", json.writeValueAsString(metadata))
                .update();
    }

    /** Newest first. */
    List<DealEventResponse> list(UUID userId, UUID dealId, int limit, int offset) {
        return jdbc.sql("""
                select e.id, e.event_type, e.description, e.metadata::text as metadata, e.created_by, e.created_at
                  from deal_events e
                  join deals d on d.id = e.deal_id
                 where e.deal_id = :dealId and d.user_id = :userId
                 order by e.created_at desc, e.id desc
                 limit :limit offset :offset
                """)
                .param("dealId", dealId).param("userId", userId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new DealEventResponse(rs.getObject("id", UUID.class), rs.getString("event_type"),
                        rs.getString("description"), rs.getString("metadata") == null ? null
                                : json.readTree(rs.getString("metadata")),
                        rs.getObject("created_by", UUID.class), DealRows.instant(rs, "created_at")))
                .list();
    }

    long count(UUID userId, UUID dealId) {
        return jdbc.sql("""
                select count(*) from deal_events e join deals d on d.id = e.deal_id
                 where e.deal_id = :dealId and d.user_id = :userId
                """).param("dealId", dealId).param("userId", userId).query(Long.class).single();
    }
}
