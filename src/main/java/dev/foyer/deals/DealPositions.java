package dev.foyer.deals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a card sits in its pipeline column (V17): highest position on top. A card placed next to a
 * neighbour takes the exact midpoint between the neighbour and the card on its other side, or a
 * value past the neighbour when the neighbour is at the column's end. Midpoints grow a digit each
 * time a gap is halved, so a column whose next midpoint would be too long is renumbered first.
 */
@Repository
class DealPositions {

    /**
     * The digits after the point a position may have. Halving a gap adds one (a gap of 1 halved k
     * times leaves 1/2^k, k digits), so a column is renumbered at most once every dozen drops into
     * the same gap, each renumbering writing the whole column; and a position stays within about
     * twenty digits, about as long in the index as the id beside it, however long the board is used.
     */
    static final int MAX_FRACTION_DIGITS = 12;

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

    /**
     * Until the transaction ends, no other of the user's columns is renumbered. A renumbering holds
     * the cards it writes, and one of them may be leaving for a column being renumbered at the same
     * time, which holds this move's card in turn; one at a time, they cannot wait for each other.
     * The key is the user's alone, so no column's key (user, then stage) meets it.
     */
    void lockRenumbering(UUID userId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(cast(:userId as text), 0))")
                .param("userId", userId).query(Integer.class).single();
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

    static boolean tooLong(BigDecimal position) {
        return position.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS;
    }

    /**
     * The column's cards, archived ones too (every deal has a place, V17), to whole numbers one
     * apart in the order they have, the top one keeping its place's whole part: nothing changes
     * order, and nothing rises above the values the sequence has given, so a new deal still lands
     * on top. The moving card is left out, being placed next. Only the position is written, and
     * only where it changes, so the triggers on deals find the stage, status and value as they
     * were: the status and closing date stay, the totals' trigger finds nothing to move, no timeline
     * entry is made, and updated_at stays (V21). A card moved meanwhile by a change that takes no
     * column lock (a new stage, an unarchiving: both put it on top) stays where it went.
     */
    void renumber(UUID userId, String stage, UUID moving) {
        // The cards in id order first, as a contact merge takes them, so that the two never wait for each other.
        jdbc.sql("select id from deals where user_id = :userId and stage = :stage and id <> :moving order by id for update")
                .param("userId", userId).param("stage", stage).param("moving", moving).query(UUID.class).list();
        jdbc.sql("""
                update deals d set position = ranked.renumbered
                  from (select id, position,
                               floor(max(position) over ()) + 1 - row_number() over (order by position desc, id desc)
                                   as renumbered
                          from deals
                         where user_id = :userId and stage = :stage and id <> :moving) ranked
                 where d.id = ranked.id and d.user_id = :userId and d.stage = :stage
                   and d.position = ranked.position and d.position <> ranked.renumbered
                """).param("userId", userId).param("stage", stage).param("moving", moving).update();
    }

    /** The stage and place in one statement; the status follows the stage in the database. */
    void place(UUID userId, UUID id, String stage, BigDecimal position) {
        jdbc.sql("update deals set stage = :stage, position = :position where id = :id and user_id = :userId")
                .param("stage", stage).param("position", position).param("id", id).param("userId", userId)
                .update();
    }
}
