package dev.foyer.deals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.deals.CurrencyAmount;
import dev.foyer.deals.DashboardResponse.StageFigures;
import dev.foyer.deals.StageSummary;
import org.junit.jupiter.api.Test;

class StageChartTest {

    @Test
    void oneBarPerStageScaledToTheLargestInTheDefaultCurrency() {
        var chart = StageChart.of(List.of(
                stage("Lead", "#112233", 2, amount("EUR", "1000"), amount("AUD", "400")),
                stage("Offer", null, 1, amount("AUD", "100")),
                stage("Won", "#445566", 0)), List.of(amount("AUD", "500"), amount("EUR", "1000")), "AUD",
                Locale.UK).orElseThrow();

        assertThat(chart.currency()).as("the configured default, which the user has deals in").isEqualTo("AUD");
        assertThat(chart.height()).isEqualTo(3 * StageChart.ROW);
        assertThat(chart.bars()).extracting(StageChart.Bar::stage, StageChart.Bar::width, StageChart.Bar::color,
                StageChart.Bar::count).containsExactly(
                tuple("Lead", StageChart.WIDTH, "#112233", 2L),
                tuple("Offer", StageChart.WIDTH / 4, null, 1L),
                tuple("Won", 0, "#445566", 0L));
        assertThat(chart.bars()).extracting(StageChart.Bar::y).containsExactly(14, 14 + StageChart.ROW, 14 + 2 * StageChart.ROW);
        assertThat(chart.bars().get(0).label()).isEqualTo("A$400");
    }

    @Test
    void withoutDealsInTheDefaultCurrencyTheChartIsInTheOneWithTheLargestOpenValue() {
        var stages = List.of(stage("Lead", null, 2, amount("EUR", "1000"), amount("USD", "400")),
                stage("Won", null, 1, amount("CAD", "90000")));

        var chart = StageChart.of(stages, List.of(amount("EUR", "1000"), amount("USD", "4000")), "AUD", Locale.UK)
                .orElseThrow();

        assertThat(chart.currency()).isEqualTo("USD");
    }

    @Test
    void withNoOpenValueTheChartIsInTheCurrencyWithTheLargestValueHeld() {
        var stages = List.of(stage("Won", null, 2, amount("EUR", "1000"), amount("USD", "400")),
                stage("Lost", null, 1, amount("USD", "700")));

        assertThat(StageChart.of(stages, List.of(), "AUD", Locale.UK).orElseThrow().currency()).isEqualTo("USD");
    }

    @Test
    void aTinyValueStillGetsASliver() {
        var chart = StageChart.of(List.of(stage("Big", null, 1, amount("AUD", "10000000")),
                stage("Small", null, 1, amount("AUD", "1"))), List.of(), "AUD", Locale.UK).orElseThrow();

        assertThat(chart.bars().get(1).width()).isEqualTo(2);
    }

    @Test
    void aPipelineWithoutDealsHasNoChart() {
        assertThat(StageChart.of(List.of(stage("Lead", null, 0)), List.of(), "AUD", Locale.UK)).isEmpty();
    }

    @Test
    void moneyShowsCentsOnlyWhenThereAreSome() {
        assertThat(Money.format(new BigDecimal("12500.00"), "AUD", Locale.US)).isEqualTo("A$12,500");
        assertThat(Money.format(new BigDecimal("12500.5"), "EUR", Locale.US)).isEqualTo("\u20ac12,500.50");
    }

    private static StageFigures stage(String name, String color, long count, CurrencyAmount... values) {
        return new StageFigures(new StageSummary(UUID.randomUUID(), name, color, "open"), count, List.of(values));
    }

    private static CurrencyAmount amount(String currency, String value) {
        return new CurrencyAmount(currency, new BigDecimal(value));
    }
}
