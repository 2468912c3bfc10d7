package dev.foyer.deals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a card sits in its pipeline column (V17): highest position on top. A card placed next to a
 * neighbour takes the exact midpoint between the neighbour and the card on its other side, or a
 * value past the neighbour when the neighbour is at the column's end.
 */
@Repository
class DealPositions {

    /** The neighbour as the board shows it: the user's own card, on the board, in that column. */
    private static final String NEIGHBOUR = """
             where n.id = :neighbour and n.user_id = :userId and n.stage = :stage and n.status <> 'archived'
               and n.id <> :moving
            """;

    private final JdbcClient jdbc;

    DealPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Until the transaction ends, no other move into this column reads its positions, so that two
     * cards dropped into the same gap at once do not take the same midpoint.
     */
    void lockColumn(UUID userId, String stage) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(cast(:userId as text) || '/' || :stage, 0))")
                .param("userId", userId).param("stage", stage).query(Integer.class).single();
    }

    /** Just below the neighbour; empty when the neighbour is not a card of the column. */
    Optional<BigDecimal> below(UUID userId, String stage, UUID neighbour, UUID moving) {
        return jdbc.sql("""
                select case when next.position is null then n.position - 1
                            else trim_scale((n.position + next.position) * 0.5) end
                  from deals n
                 cross join lateral (
                       select max(d.position) as position from deals d
                        where d.user_id = n.user_id and d.stage = n.stage and d.status <> 'archived'
                          and d.position < n.position and d.id <> :moving) next
                """ + NEIGHBOUR).param("userId", userId).param("stage", stage).param("neighbour", neighbour)
                .param("moving", moving).query(BigDecimal.class).optional();
    }

    /** Just above the neighbour; on top of the column when the neighbour is its first card. */
    Optional<BigDecimal> above(UUID userId, String stage, UUID neighbour, UUID moving) {
        return jdbc.sql("""
                select case when previous.position is null then nextval('deal_positions')
                            else trim_scale((n.position + previous.position) * 0.5) end
                  from deals n
                 cross join lateral (
                       select min(d.position) as position from deals d
                        where d.user_id = n.user_id and d.stage = n.stage and d.status <> 'archived'
                          and d.position > n.position and d.id <> :moving) previous
                """ + NEIGHBOUR).param("userId", userId).param("stage", stage).param("neighbour", neighbour)
                .param("moving", moving).query(BigDecimal.class).optional();
    }

    /** The stage and place in one statement; the status follows the stage in the database. */
    void place(UUID userId, UUID id, String stage, BigDecimal position) {
        jdbc.sql("update deals set stage = :stage, position = :position where id = :id and user_id = :userId")
                .param("stage", stage).param("position", position).param("id", id).param("userId", userId)
                .update();
    }
}
