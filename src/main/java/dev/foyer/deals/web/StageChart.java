package dev.foyer.deals.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import dev.foyer.deals.CurrencyAmount;
import dev.foyer.deals.DashboardResponse.StageFigures;

/**
 * The dashboard's bar chart of pipeline value by stage, laid out on the server as SVG coordinates:
 * no chart library, and nothing for the CSP to refuse. One horizontal bar per stage (horizontal,
 * so long stage names fit a phone), scaled to the largest stage, in one currency: values in
 * different currencies cannot share an axis. The other currencies are in the table beside it.
 */
record StageChart(String currency, List<Bar> bars, int width, int height) {

    static final int WIDTH = 320;
    static final int ROW = 46;
    static final int BAR_HEIGHT = 16;
    static final int BAR_OFFSET = 22;

    /** A stage's bar: its label's baseline at {@code y}, the bar below it, {@code width} 0 for an empty stage. */
    record Bar(String stage, String color, String label, int y, int barY, int width, long count) {
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /**
     * The chart in the configured default currency when any stage holds it, else in the currency
     * with the largest open value (then the largest value held, then the first alphabetically);
     * empty when there are no deals to draw.
     */
    static Optional<StageChart> of(List<StageFigures> stages, List<CurrencyAmount> openValues,
                                   String defaultCurrency, Locale locale) {
        return currency(stages, openValues, defaultCurrency).map(currency -> of(stages, currency, locale));
    }

    private static StageChart of(List<StageFigures> stages, String currency, Locale locale) {
        BigDecimal max = stages.stream().map(stage -> valueIn(stage, currency)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < stages.size(); i++) {
            var stage = stages.get(i);
            BigDecimal value = valueIn(stage, currency);
            bars.add(new Bar(stage.stage().name(), stage.stage().color(), Money.format(value, currency, locale),
                    i * ROW + 14, i * ROW + BAR_OFFSET, scaled(value, max), stage.count()));
        }
        return new StageChart(currency, bars, WIDTH, stages.size() * ROW);
    }

    /** Amounts in different currencies are compared as plain numbers only to pick one, the same each time. */
    private static Optional<String> currency(List<StageFigures> stages, List<CurrencyAmount> openValues,
                                             String defaultCurrency) {
        var held = new TreeMap<String, BigDecimal>();
        stages.forEach(stage -> stage.values().forEach(amount -> held.merge(amount.currency(), amount.value(),
                BigDecimal::add)));
        if (held.containsKey(defaultCurrency)) {
            return Optional.of(defaultCurrency);
        }
        return held.keySet().stream().max(Comparator.<String, BigDecimal>comparing(c -> valueIn(openValues, c))
                .thenComparing(held::get)
                .thenComparing(Comparator.<String>reverseOrder()));
    }

    /** A stage with any value gets at least a sliver, so that it never looks empty. */
    private static int scaled(BigDecimal value, BigDecimal max) {
        if (value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        int width = value.multiply(BigDecimal.valueOf(WIDTH)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(2, width);
    }

    private static BigDecimal valueIn(StageFigures stage, String currency) {
        return valueIn(stage.values(), currency);
    }

    private static BigDecimal valueIn(List<CurrencyAmount> values, String currency) {
        return values.stream().filter(amount -> amount.currency().equals(currency))
                .map(CurrencyAmount::value).findFirst().orElse(BigDecimal.ZERO);
    }
}
