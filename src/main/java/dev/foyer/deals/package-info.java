/**
 * The deals pipeline shared by seeds 003 and 004: deals ({@code /api/deals}), each user's stages
 * ({@code /api/stages}), the board ({@code /api/pipeline}), the timeline of each deal
 * ({@code deal_events}) and the dashboard figures ({@code /api/dashboard}). Status is never written
 * here: the database derives it from the stage's outcome, and stamps {@code closed_at} when a deal
 * is won or lost. Money is {@code BigDecimal} end to end and summed per currency, never across.
 * <p>
 * Its API, for its own pages in {@code deals.web} and for other modules: {@link DealService},
 * {@link StageService}, {@link PipelineQueries}, {@link DashboardQueries} and the records they take
 * and answer. Repositories and the timeline's writer stay package-private. It implements the contacts
 * module's {@code ContactPanel} (a contact's deals on its page) and {@code ContactLinks} (a contact
 * merged away or deleted relinks or unlinks its deals, on their timelines), so that contacts never
 * depends on deals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deals")
package dev.foyer.deals;
