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
    static final String STATUS_CHANGED = "status_changed";

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

    /** The deals' stage got another outcome, which took their status from {@code from} to {@code to}. */
    void statusChanged(UUID userId, List<UUID> dealIds, String from, String to, String stage) {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("from", from);
        metadata.put("to", to);
        metadata.put("stage", stage);
        record(userId, dealIds, STATUS_CHANGED, "Status changed from " + from + " to " + to + " with the outcome of "
                + stage, metadata);
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
     * The contact of each deal changed because the contact was merged into another or deleted: the
     * event a user's own change of contact writes, with what caused it.
     */
    void contactChanged(UUID userId, List<UUID> dealIds, UUID from, UUID to, ContactCause cause) {
        var changes = Map.of("contactId", new DealFields.Change(from.toString(), to == null ? null : to.toString()));
        record(userId, dealIds, UPDATED, "Changed contactId: " + cause.description,
                Map.of("fields", changes, "cause", cause.code));
    }

    enum ContactCause {
        MERGED("contact_merged", "the contact was merged into another"),
        DELETED("contact_deleted", "the contact was deleted");

        final String code;
        final String description;

        ContactCause(String code, String description) {
            this.code = code;
            this.description = description;
        }
    }

    private void record(UUID userId, UUID dealId, String type, String description, Map<String, ?> metadata) {
        record(userId, List.of(dealId), type, description, metadata);
    }

    /**
     * clock_timestamp(), not now(): a request that moves and edits a deal writes two events in one
     * transaction, and they keep the order they happened in.
     */
    private void record(UUID userId, List<UUID> dealIds, String type, String description, Map<String, ?> metadata) {
        if (dealIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into deal_events (deal_id, event_type, description, metadata, created_by, created_at)
                select d.id, :type, :description, cast(:metadata as jsonb), :userId, clock_timestamp()
                  from deals d
                 where d.id = any(:dealIds) and d.user_id = :userId
                 order by d.id
                """)
                .param("dealIds", dealIds.toArray(UUID[]::new)).param("userId", userId).param("type", type)
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
