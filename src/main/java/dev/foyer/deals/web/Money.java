package dev.foyer.deals.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.foyer.deals.CurrencyAmount;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money as the reader's locale writes it ({@code A$12,500}), for templates as {@code @money}. Cents
 * show only when there are some, so that board totals stay short. Amounts in different currencies
 * are listed side by side, never added.
 */
@Component("money")
public class Money {

    public String format(BigDecimal value, String currency) {
        return format(value, currency, LocaleContextHolder.getLocale());
    }

    public String format(CurrencyAmount amount) {
        return format(amount.value(), amount.currency());
    }

    /** Several currencies as one line: {@code A$12,500 · €3,000}. */
    public String format(List<CurrencyAmount> amounts) {
        return amounts.stream().map(this::format).collect(Collectors.joining(" \u00b7 "));
    }

    static String format(BigDecimal value, String currency, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        if (value.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return format.format(value);
    }
}
