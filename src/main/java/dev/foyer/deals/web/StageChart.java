package dev.foyer.deals.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

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
     * The chart for the first currency (in alphabetical order) that any stage holds, or empty when
     * there are no deals to draw.
     */
    static Optional<StageChart> of(List<StageFigures> stages, Locale locale) {
        var currencies = new TreeSet<String>();
        stages.forEach(stage -> stage.values().forEach(amount -> currencies.add(amount.currency())));
        if (currencies.isEmpty()) {
            return Optional.empty();
        }
        String currency = currencies.first();
        BigDecimal max = stages.stream().map(stage -> valueIn(stage, currency)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < stages.size(); i++) {
            var stage = stages.get(i);
            BigDecimal value = valueIn(stage, currency);
            bars.add(new Bar(stage.stage().name(), stage.stage().color(), Money.format(value, currency, locale),
                    i * ROW + 14, i * ROW + BAR_OFFSET, scaled(value, max), stage.count()));
        }
        return Optional.of(new StageChart(currency, bars, WIDTH, stages.size() * ROW));
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
        return stage.values().stream().filter(amount -> amount.currency().equals(currency))
                .map(CurrencyAmount::value).findFirst().orElse(BigDecimal.ZERO);
    }
}
