package dev.foyer.deals;

import java.math.BigDecimal;

/** A sum of deal values in one currency: values in different currencies are never added together. */
public record CurrencyAmount(String currency, BigDecimal value) {
}
