package dev.foyer.deals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard in two queries: the contact count, and one pass over the user's deals grouped by
 * stage and currency with each figure as a filtered aggregate.
 */
@Service
public class DashboardQueries {

    private static final String FIGURES = """
            select s.id, s.name, s.color, s.outcome::text as outcome, d.currency,
                   count(d.id) as deals, sum(d.value) as value,
                   count(d.id) filter (where d.status = 'active') as active,
                   sum(d.value) filter (where d.status = 'active') as active_value,
                   count(d.id) filter (where d.status = 'won' and d.closed_at >= :monthStart
                                         and d.closed_at < :monthEnd) as won,
                   sum(d.value) filter (where d.status = 'won' and d.closed_at >= :monthStart
                                          and d.closed_at < :monthEnd) as won_value,
                   count(d.id) filter (where d.status = 'lost' and d.closed_at >= :monthStart
                                         and d.closed_at < :monthEnd) as lost,
                   sum(d.value) filter (where d.status = 'lost' and d.closed_at >= :monthStart
                                          and d.closed_at < :monthEnd) as lost_value
              from deal_stages s
              left join deals d on d.user_id = s.user_id and d.stage = s.name and d.status <> 'archived'
             where s.user_id = :userId
             group by s.id, d.currency
             order by s.order_index, d.currency
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DashboardResponse dashboard(UUID userId) {
        var month = MonthWindow.containing(clock.instant());
        long contacts = jdbc.sql("select count(*) from contacts where user_id = :userId")
                .param("userId", userId).query(Long.class).single();
        var rows = jdbc.sql(FIGURES).param("userId", userId)
                .param("monthStart", DealRows.timestamp(month.start())).param("monthEnd", DealRows.timestamp(month.end()))
                .query(DashboardQueries::row).list();

        var open = new Sums();
        var won = new Sums();
        var lost = new Sums();
        var stages = new LinkedHashMap<StageSummary, Sums>();
        for (Row row : rows) {
            var stage = stages.computeIfAbsent(row.stage(), s -> new Sums());
            if (row.currency() != null) {
                stage.add(row.currency(), row.deals(), row.value());
                open.add(row.currency(), row.active(), row.activeValue());
                won.add(row.currency(), row.won(), row.wonValue());
                lost.add(row.currency(), row.lost(), row.lostValue());
            }
        }
        var byStage = new ArrayList<DashboardResponse.StageFigures>();
        stages.forEach((stage, sums) -> byStage.add(new DashboardResponse.StageFigures(stage, sums.count, sums.amounts())));
        return new DashboardResponse(contacts, open.count, open.amounts(), won.closed(), lost.closed(), byStage,
                month.start());
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(new StageSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("color"),
                rs.getString("outcome")), rs.getString("currency"), rs.getLong("deals"), rs.getBigDecimal("value"),
                rs.getLong("active"), rs.getBigDecimal("active_value"), rs.getLong("won"), rs.getBigDecimal("won_value"),
                rs.getLong("lost"), rs.getBigDecimal("lost_value"));
    }

    private record Row(StageSummary stage, String currency, long deals, BigDecimal value, long active,
                       BigDecimal activeValue, long won, BigDecimal wonValue, long lost, BigDecimal lostValue) {
    }

    /** A count and a sum per currency; a currency with no deals in it is left out. */
    private static final class Sums {

        private long count;
        private final Map<String, BigDecimal> values = new TreeMap<>();

        void add(String currency, long deals, BigDecimal value) {
            if (deals > 0) {
                count += deals;
                values.merge(currency, value, BigDecimal::add);
            }
        }

        List<CurrencyAmount> amounts() {
            return values.entrySet().stream().map(e -> new CurrencyAmount(e.getKey(), e.getValue())).toList();
        }

        DashboardResponse.ClosedDeals closed() {
            return new DashboardResponse.ClosedDeals(count, amounts());
        }
    }
}
