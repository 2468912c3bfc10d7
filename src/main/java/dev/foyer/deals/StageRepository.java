package dev.foyer.deals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's pipeline in {@code deal_stages}. */
@Repository
class StageRepository {

    private static final RecordMapper<StageResponse> STAGES = RecordMapper.of(StageResponse.class);

    private static final String SELECT = """
            select s.id, s.name, s.color, s.outcome::text as outcome, s.order_index as position,
                   count(d.id) as deal_count
              from deal_stages s
              left join deals d on d.user_id = s.user_id and d.stage = s.name
            """;

    private final JdbcClient jdbc;

    StageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StageResponse> list(UUID userId) {
        return jdbc.sql(SELECT + " where s.user_id = :userId group by s.id order by s.order_index")
                .param("userId", userId).query(STAGES).list();
    }

    Optional<StageResponse> find(UUID userId, UUID id) {
        return jdbc.sql(SELECT + " where s.user_id = :userId and s.id = :id group by s.id")
                .param("userId", userId).param("id", id).query(STAGES).optional();
    }

    /**
     * Locks the user's whole pipeline: edits to it (append, rename, reorder, remove) then run one at
     * a time, so that two appends cannot take the same position.
     */
    void lockPipeline(UUID userId) {
        jdbc.sql("select id from deal_stages where user_id = :userId for update")
                .param("userId", userId).query(UUID.class).list();
    }

    /**
     * Whether the user has the stage, holding it, if so, until the transaction ends: a rename, a new
     * outcome or a removal (each locks the whole pipeline, then rewrites the stage's deals) waits
     * for the transaction, or the transaction for it. A deal write that changes a deal's stage takes
     * this before the deal's row; had it held the row first, it and a stage edit rewriting that row
     * could each wait for the other.
     */
    boolean hold(UUID userId, String name) {
        return jdbc.sql("select 1 from deal_stages where user_id = :userId and name = :name for key share")
                .param("userId", userId).param("name", name).query(Integer.class).optional().isPresent();
    }

    boolean exists(UUID userId, String name) {
        return jdbc.sql("select exists (select 1 from deal_stages where user_id = :userId and name = :name)")
                .param("userId", userId).param("name", name).query(Boolean.class).single();
    }

    /** Where a new deal goes when its request names no stage: the first open stage. */
    Optional<String> firstOpenStage(UUID userId) {
        return jdbc.sql("""
                select name from deal_stages
                 where user_id = :userId
                 order by outcome <> 'open', order_index
                 limit 1
                """).param("userId", userId).query(String.class).optional();
    }

    long openStagesBesides(UUID userId, UUID id) {
        return jdbc.sql("select count(*) from deal_stages where user_id = :userId and outcome = 'open' and id <> :id")
                .param("userId", userId).param("id", id).query(Long.class).single();
    }

    UUID append(UUID userId, String name, String color, String outcome) {
        return jdbc.sql("""
                insert into deal_stages (user_id, name, color, outcome, order_index)
                select :userId, :name, :color, cast(:outcome as stage_outcome), coalesce(max(order_index) + 1, 0)
                  from deal_stages where user_id = :userId
                returning id
                """).param("userId", userId).param("name", name).param("color", color).param("outcome", outcome)
                .query(UUID.class).single();
    }

    void update(UUID userId, UUID id, String name, String color, String outcome) {
        jdbc.sql("""
                update deal_stages set name = :name, color = :color, outcome = cast(:outcome as stage_outcome)
                 where id = :id and user_id = :userId
                """).param("userId", userId).param("id", id).param("name", name).param("color", color)
                .param("outcome", outcome).update();
    }

    /** The deals whose status the stage's outcome sets (V9's deals_follow_stage_outcome): all but the archived. */
    List<UUID> dealsFollowingOutcome(UUID userId, String name) {
        return jdbc.sql("""
                select id from deals where user_id = :userId and stage = :name and status <> 'archived' order by id
                """).param("userId", userId).param("name", name).query(UUID.class).list();
    }

    /**
     * Numbers the stages 0, 1, 2... in the order given. Positions are unique per user; the
     * constraint is deferred to commit, so stages can swap places in one statement.
     */
    void reorder(UUID userId, List<UUID> ids) {
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                update deal_stages s set order_index = o.position - 1
                  from unnest(cast(:ids as uuid[])) with ordinality as o(id, position)
                 where s.id = o.id and s.user_id = :userId
                """).param("ids", array).param("userId", userId).update();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from deal_stages where id = :id and user_id = :userId")
                .param("id", id).param("userId", userId).update() == 1;
    }
}
