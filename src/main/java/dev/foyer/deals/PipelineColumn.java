package dev.foyer.deals;

import java.util.List;
import java.util.UUID;

/**
 * One stage of the board: how many deals it holds, their value per currency, and one page of its
 * deals (in the user's order) starting at {@code offset}. {@code aboveId} is the card just above
 * the page (the last of the page before) and {@code belowId} the card just below it (the first of
 * the page after), or null at the column's ends: a card at the page's edge moves up or down past
 * them as it would past a card of its own page.
 */
public record PipelineColumn(StageSummary stage, long count, List<CurrencyAmount> totals, int offset, int limit,
                             List<DealResponse> deals, UUID aboveId, UUID belowId) {

    /** The board: every stage of the user's pipeline, in order. */
    public record Board(List<PipelineColumn> columns) {
    }
}
