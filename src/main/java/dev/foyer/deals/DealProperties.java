package dev.foyer.deals;

import java.util.Currency;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deals module.
 *
 * @param defaultCurrency the ISO 4217 code a deal gets when its request names none (seed 004: AUD)
 */
@ConfigurationProperties("foyer.deals")
record DealProperties(@DefaultValue("AUD") String defaultCurrency) {

    DealProperties {
        // A bad setting stops the server at start-up rather than failing the first deal created.
        if (!IsoCurrency.Validator.isCurrency(defaultCurrency)) {
            throw new IllegalArgumentException("foyer.deals.default-currency: not an ISO 4217 code: " + defaultCurrency);
        }
        defaultCurrency = Currency.getInstance(defaultCurrency.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
    }
}
