package dev.foyer.deals;

import java.util.List;

/**
 * One stage of the board: how many deals it holds, their value per currency, and one page of its
 * deals (newest first) starting at {@code offset}.
 */
public record PipelineColumn(StageSummary stage, long count, List<CurrencyAmount> totals, int offset, int limit,
                      List<DealResponse> deals) {

    /** The board: every stage of the user's pipeline, in order. */
    public record Board(List<PipelineColumn> columns) {
    }
}
