package dev.foyer.deals;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's figures (seed 004's dashboard metrics). Money is per currency, never added
 * across currencies. "This month" is the UTC calendar month from {@code monthStart}; archived
 * deals are not counted.
 */
public record DashboardResponse(long totalContacts, long activeDeals, List<CurrencyAmount> openPipelineValue,
                         ClosedDeals wonThisMonth, ClosedDeals lostThisMonth, List<StageFigures> byStage,
                         Instant monthStart) {

    /** Deals won (or lost) this month: how many, and their value per currency. */
    public record ClosedDeals(long count, List<CurrencyAmount> values) {
    }

    /** One stage of the pipeline: how many deals are in it and their value per currency. */
    public record StageFigures(StageSummary stage, long count, List<CurrencyAmount> values) {
    }
}
