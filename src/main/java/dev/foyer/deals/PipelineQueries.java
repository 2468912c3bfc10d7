package dev.foyer.deals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.foyer.api.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline board in two queries whatever the number of stages: one for each column's count and
 * totals per currency, read from deal_totals (kept by triggers on deals, so it does not grow with
 * the deals), one query for a page of every column at once. Archived deals are off the board.
 */
@Service
public class PipelineQueries {

    private static final String TOTALS = """
            select s.id, s.name, s.color, s.outcome::text as outcome, t.currency,
                   coalesce(sum(t.deals), 0) as deals, sum(t.value) as value
              from deal_stages s
              left join deal_totals t on t.user_id = s.user_id and t.stage = s.name and t.status <> 'archived'
             where s.user_id = :userId
               and (cast(:stageId as uuid) is null or s.id = :stageId)
             group by s.id, t.currency
             order by s.order_index, t.currency
            """;

    /**
     * Each column's page on its own: per stage, its cards in the user's order (highest position
     * first, V17) after the column's offset, read from idx_deals_user_stage_position and stopping at
     * the page's end. The card on either side of the page is read with it (the one before the
     * offset, the one past the page), so that the page's first card can move up past the card above
     * it and its last card down past the card below, wherever the pages split the column. (Ranking
     * every deal of the user with row_number() and keeping the pages read and sorted all of them:
     * 60–120 ms for a user with 50,000 deals, against about 1 ms.) The number of cards read is
     * written into the statement by {@link #pages(int)}, not bound: bound, it is unknown to
     * PostgreSQL's generic plan, which then expects a tenth of each column, looks dear and is never
     * chosen, so every request planned the statement afresh (0.6 ms, as long as running it). A page
     * size is a checked integer, and there are a few of them, each its own prepared statement.
     */
    static final String PAGES = """
            with page as (
                select p.id, p.position, s.order_index
                  from deal_stages s
                  left join jsonb_each_text(cast(:offsets as jsonb)) as o(stage_id, skip) on o.stage_id = s.id::text
                 cross join lateral (
                       select d.id, d.position from deals d
                        where d.user_id = s.user_id and d.stage = s.name and d.status <> 'archived'
                        order by d.position desc, d.id desc
                       offset greatest(coalesce(o.skip::integer, 0) - 1, 0) limit :limit) p
                 where s.user_id = :userId
                   and (cast(:stageId as uuid) is null or s.id = :stageId)
            )
            """ + DealRows.SELECT + """
              join page on page.id = d.id
             where d.user_id = :userId
             order by page.order_index, page.position desc, d.id desc
            """;

    private final JdbcClient jdbc;

    PipelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every column; {@code offsets} moves a column past its first page (stage id to offset). */
    @Transactional(readOnly = true)
    public PipelineColumn.Board board(UUID userId, int limit, Map<UUID, Integer> offsets) {
        return new PipelineColumn.Board(columns(userId, null, limit, offsets));
    }

    /** One column's page, for a column scrolled past what the board showed. */
    @Transactional(readOnly = true)
    public PipelineColumn column(UUID userId, UUID stageId, int limit, int offset) {
        var columns = columns(userId, stageId, limit, Map.of(stageId, offset));
        if (columns.isEmpty()) {
            throw ApiException.notFound("Stage");
        }
        return columns.get(0);
    }

    private List<PipelineColumn> columns(UUID userId, UUID stageId, int limit, Map<UUID, Integer> offsets) {
        var totals = jdbc.sql(TOTALS).param("userId", userId).param("stageId", stageId)
                .query((rs, row) -> new StageTotal(new StageSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("color"), rs.getString("outcome")), rs.getString("currency"), rs.getLong("deals"),
                        rs.getBigDecimal("value")))
                .list();
        if (totals.isEmpty()) {
            return List.of();
        }
        Map<String, List<DealResponse>> pages = jdbc.sql(pages(limit)).param("userId", userId).param("stageId", stageId)
                .param("offsets", offsetsJson(offsets))
                .query(DealRows.MAPPER).stream()
                .collect(Collectors.groupingBy(DealResponse::stage, LinkedHashMap::new, Collectors.toList()));
        var byStage = totals.stream()
                .collect(Collectors.groupingBy(StageTotal::stage, LinkedHashMap::new, Collectors.toList()));
        var columns = new ArrayList<PipelineColumn>();
        byStage.forEach((stage, rows) -> columns.add(column(stage, rows.stream().mapToLong(StageTotal::deals).sum(),
                amounts(rows), offsets.getOrDefault(stage.id(), 0), limit,
                pages.getOrDefault(stage.name(), List.of()))));
        return columns;
    }

    /** The page out of the cards PAGES read: the card above the page first, unless at the top; the card below last. */
    private static PipelineColumn column(StageSummary stage, long count, List<CurrencyAmount> totals, int offset,
                                         int limit, List<DealResponse> read) {
        int first = offset > 0 && !read.isEmpty() ? 1 : 0;
        int end = Math.min(read.size(), first + limit);
        return new PipelineColumn(stage, count, totals, offset, limit, read.subList(first, end),
                first == 1 ? read.get(0).id() : null, end < read.size() ? read.get(end).id() : null);
    }

    private static List<CurrencyAmount> amounts(List<StageTotal> rows) {
        return rows.stream().filter(r -> r.currency() != null)
                .map(r -> new CurrencyAmount(r.currency(), r.value())).toList();
    }

    /** PAGES for columns of {@code limit} cards, each read with the card on either side. */
    static String pages(int limit) {
        return PAGES.replace(":limit", Integer.toString(limit + 2));
    }

    /** Ids and numbers only, so the JSON is built safely by hand. */
    private static String offsetsJson(Map<UUID, Integer> offsets) {
        return offsets.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private record StageTotal(StageSummary stage, String currency, long deals, BigDecimal value) {
    }
}
