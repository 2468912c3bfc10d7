package dev.foyer.deals;

import static dev.foyer.deals.DealRows.timestamp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deals in SQL. Every statement names the owner, besides the row-level security policies. */
@Repository
class DealRepository {

    private static final String FILTER = """
             where d.user_id = :userId
               and (cast(:stage as text) is null or d.stage = :stage)
               and (cast(:status as text) is null or d.status = cast(:status as deal_status))
               and (cast(:contactId as uuid) is null or d.contact_id = :contactId)
               and (cast(:q as text) is null or strpos(lower(d.title), lower(:q)) > 0)
            """;

    private final JdbcClient jdbc;

    DealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DealResponse> find(UUID userId, UUID id) {
        return jdbc.sql(DealRows.SELECT + " where d.id = :id and d.user_id = :userId")
                .param("id", id).param("userId", userId).query(DealRows.MAPPER).optional();
    }

    boolean exists(UUID userId, UUID id) {
        return jdbc.sql("select exists (select 1 from deals where id = :id and user_id = :userId)")
                .param("id", id).param("userId", userId).query(Boolean.class).single();
    }

    /** The deal, locked until the transaction ends, so that two changes at once apply one after the other. */
    Optional<DealResponse> lock(UUID userId, UUID id) {
        return jdbc.sql(DealRows.SELECT + " where d.id = :id and d.user_id = :userId for update of d")
                .param("id", id).param("userId", userId).query(DealRows.MAPPER).optional();
    }

    /** Newest first; the id breaks ties so that pages never overlap. */
    List<DealResponse> list(UUID userId, DealFilter filter, int limit, int offset) {
        return filtered(DealRows.SELECT + FILTER + " order by d.created_at desc, d.id desc limit :limit offset :offset",
                userId, filter).param("limit", limit).param("offset", offset).query(DealRows.MAPPER).list();
    }

    long count(UUID userId, DealFilter filter) {
        return filtered("select count(*) from deals d" + FILTER, userId, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, UUID userId, DealFilter filter) {
        return jdbc.sql(sql).param("userId", userId).param("stage", filter.stage()).param("status", filter.status())
                .param("contactId", filter.contactId()).param("q", filter.q());
    }

    UUID insert(UUID userId, DealFields deal) {
        return bind(jdbc.sql("""
                insert into deals (user_id, title, value, currency, stage, contact_id, lead_id, property_id, probability,
                                   expected_close_date, next_action, next_action_due, description)
                values (:userId, :title, :value, :currency, :stage, cast(:contactId as uuid), cast(:leadId as uuid),
                        cast(:propertyId as uuid), cast(:probability as integer), cast(:expectedCloseDate as date),
                        :nextAction, cast(:nextActionDue as timestamptz), :description)
                returning id
                """), userId, deal).query(UUID.class).single();
    }

    void update(UUID userId, UUID id, DealFields deal) {
        bind(jdbc.sql("""
                update deals
                   set title = :title, value = :value, currency = :currency, stage = :stage,
                       position = case when stage = :stage then position else nextval('deal_positions') end,
                       contact_id = cast(:contactId as uuid), lead_id = cast(:leadId as uuid),
                       property_id = cast(:propertyId as uuid), probability = cast(:probability as integer),
                       expected_close_date = cast(:expectedCloseDate as date), next_action = :nextAction,
                       next_action_due = cast(:nextActionDue as timestamptz), description = :description
                 where id = :id and user_id = :userId
                """), userId, deal).param("id", id).update();
    }

    /**
     * Archived, or back to the status its stage gives (the trigger of V9 derives it from 'active').
     * A deal taken out of the archive goes on top of its column, as a deal new to it does.
     */
    void archive(UUID userId, UUID id, boolean archived) {
        jdbc.sql(archived ? """
                update deals set status = 'archived' where id = :id and user_id = :userId
                """ : """
                update deals set status = 'active', position = nextval('deal_positions')
                 where id = :id and user_id = :userId
                """).param("id", id).param("userId", userId).update();
    }

    /**
     * The contact's deals, held in id order, as a pipeline column's renumbering takes them, so that
     * the two never wait for each other; answers their ids.
     */
    List<UUID> lockLinkedTo(UUID userId, UUID contactId) {
        return jdbc.sql("""
                select id from deals where contact_id = :contactId and user_id = :userId order by id for update
                """)
                .param("userId", userId).param("contactId", contactId).query(UUID.class).list();
    }

    void relinkContact(UUID userId, UUID from, UUID to) {
        jdbc.sql("update deals set contact_id = :to where contact_id = :from and user_id = :userId")
                .param("userId", userId).param("from", from).param("to", to).update();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from deals where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID userId, DealFields deal) {
        return statement.param("userId", userId).param("title", deal.title()).param("value", deal.value())
                .param("currency", deal.currency()).param("stage", deal.stage()).param("contactId", deal.contactId())
                .param("leadId", deal.leadId()).param("propertyId", deal.propertyId())
                .param("probability", deal.probability()).param("expectedCloseDate", deal.expectedCloseDate())
                .param("nextAction", deal.nextAction()).param("nextActionDue", timestamp(deal.nextActionDue()))
                .param("description", deal.description());
    }

    /**
     * Whether the contact, lead or property is the user's: another user's is as good as missing. The
     * record is held against removal and merging (as the deal's foreign key would hold it) until the
     * transaction ends, so that a deal write can take it before the deal's row.
     */
    boolean owns(UUID userId, LinkedRecord kind, UUID id) {
        return jdbc.sql("select 1 from " + kind.table + " where id = :id and user_id = :userId for key share")
                .param("id", id).param("userId", userId).query(Integer.class).optional().isPresent();
    }

    /** What a deal can link to; the table names are constants, never input. */
    enum LinkedRecord {
        CONTACT("contacts", "Contact", "contactId"),
        LEAD("leads", "Lead", "leadId"),
        PROPERTY("re_properties", "Property", "propertyId");

        final String table;
        final String noun;
        final String field;

        LinkedRecord(String table, String noun, String field) {
            this.table = table;
            this.noun = noun;
            this.field = field;
        }
    }
}
