package dev.foyer.deals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.foyer.contacts.ContactService;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard in three queries, each reading totals the database keeps as contacts and deals
 * change: the contact count (the contacts' own, V16), the figures per stage and currency (V15), and
 * this month's deals won and lost (V24).
 */
@Service
public class DashboardQueries {

    /** Per stage and currency, from the totals the triggers on deals keep (V15). */
    private static final String FIGURES = """
            select s.id, s.name, s.color, s.outcome::text as outcome, t.currency,
                   coalesce(sum(t.deals), 0) as deals, sum(t.value) as value,
                   coalesce(sum(t.deals) filter (where t.status = 'active'), 0) as active,
                   sum(t.value) filter (where t.status = 'active') as active_value
              from deal_stages s
              left join deal_totals t on t.user_id = s.user_id and t.stage = s.name and t.status <> 'archived'
             where s.user_id = :userId
             group by s.id, t.currency
             order by s.order_index, t.currency
            """;

    /** The month's closed deals, from the totals the triggers on deals keep per month (V24). */
    private static final String CLOSED = """
            select t.status::text as status, t.currency, t.deals, t.value
              from closed_deal_totals t
             where t.user_id = :userId and t.month = :monthStart
            """;

    private final JdbcClient jdbc;
    private final ContactService contacts;
    private final Clock clock;

    DashboardQueries(JdbcClient jdbc, ContactService contacts, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DashboardResponse dashboard(UUID userId) {
        var monthStart = monthStart(clock.instant());
        long contacts = this.contacts.count(userId);
        var rows = jdbc.sql(FIGURES).param("userId", userId).query(DashboardQueries::row).list();

        var open = new Sums();
        var stages = new LinkedHashMap<StageSummary, Sums>();
        for (Row row : rows) {
            var stage = stages.computeIfAbsent(row.stage(), s -> new Sums());
            if (row.currency() != null) {
                stage.add(row.currency(), row.deals(), row.value());
                open.add(row.currency(), row.active(), row.activeValue());
            }
        }
        var won = new Sums();
        var lost = new Sums();
        jdbc.sql(CLOSED).param("userId", userId)
                .param("monthStart", DealRows.timestamp(monthStart))
                .query((RowCallbackHandler) rs -> ("won".equals(rs.getString("status")) ? won : lost)
                        .add(rs.getString("currency"), rs.getLong("deals"), rs.getBigDecimal("value")));
        var byStage = new ArrayList<DashboardResponse.StageFigures>();
        stages.forEach((stage, sums) -> byStage.add(new DashboardResponse.StageFigures(stage, sums.count, sums.amounts())));
        return new DashboardResponse(contacts, open.count, open.amounts(), won.closed(), lost.closed(), byStage,
                monthStart);
    }

    /**
     * The first instant of the calendar month in UTC that holds {@code now}. "This month" on the
     * dashboard is the same for every user and every server: Foyer keeps no time zone per user yet.
     */
    static Instant monthStart(Instant now) {
        return YearMonth.from(now.atOffset(ZoneOffset.UTC)).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(new StageSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("color"),
                rs.getString("outcome")), rs.getString("currency"), rs.getLong("deals"), rs.getBigDecimal("value"),
                rs.getLong("active"), rs.getBigDecimal("active_value"));
    }

    private record Row(StageSummary stage, String currency, long deals, BigDecimal value, long active,
                       BigDecimal activeValue) {
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
