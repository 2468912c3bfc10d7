package dev.foyer.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import org.junit.jupiter.api.Test;

/** The deals module's rules that need no database. */
class DealRulesTest {

    static final DealFields DEAL = new DealFields("Cloud Migration", new BigDecimal("50000.00"), "AUD", "Proposal",
            UUID.randomUUID(), null, null, 60, null, null, null, "Phase one");

    @Test
    void theMonthIsTheUtcCalendarMonth() {
        assertThat(DashboardQueries.monthStart(Instant.parse("2026-03-31T23:59:59Z")))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(DashboardQueries.monthStart(Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void currencyCodesAreIso4217InAnyCase() {
        assertThat(IsoCurrency.Validator.isCurrency("AUD")).isTrue();
        assertThat(IsoCurrency.Validator.isCurrency("aud")).isTrue();
        assertThat(IsoCurrency.Validator.normalise(" eur ")).isEqualTo("EUR");
        assertThat(IsoCurrency.Validator.isCurrency("XYZ")).isFalse();
        assertThat(IsoCurrency.Validator.isCurrency("AU")).isFalse();
        assertThat(IsoCurrency.Validator.isCurrency("A1D")).isFalse();
    }

    @Test
    void theDefaultCurrencyMustBeIso4217() {
        assertThat(new DealProperties("usd").defaultCurrency()).isEqualTo("USD");
        assertThatThrownBy(() -> new DealProperties("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPatchKeepsWhatItLeavesOutAndClearsWhatItNames() {
        var patch = new DealPatch(null, new BigDecimal("50000"), null, null, null, null, null, null, null, null, null,
                null, List.of("contactId"));

        var after = patch.applyTo(DEAL, DEAL.stage());

        assertThat(after.title()).isEqualTo("Cloud Migration");
        assertThat(after.contactId()).isNull();
        assertThat(after.description()).isEqualTo("Phase one");
        assertThat(DEAL.changesTo(after)).containsOnlyKeys("contactId");
    }

    @Test
    void aPatchCannotClearARequiredField() {
        var patch = new DealPatch(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("value"));

        assertThatThrownBy(() -> patch.applyTo(DEAL, DEAL.stage())).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors()).extracting(ApiException.FieldError::field).containsExactly("clear"));
    }
}
