package dev.foyer.deals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.deals.CreateDealRequest;
import dev.foyer.deals.DealPatch;
import dev.foyer.deals.DealResponse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The deal form's fields, with the limits of the JSON API (numeric(12,2) for the value). An emptied
 * optional field clears it: the form always sends every field, unlike a PATCH.
 */
record DealForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal value,
        @NotBlank @Size(max = 3) String currency,
        UUID contactId,
        @NotBlank @Size(max = 60) String stage,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseDate,
        @Size(max = 10_000) String description) {

    static DealForm empty(String currency, String stage, UUID contactId) {
        return new DealForm("", null, currency, contactId, stage, null, "");
    }

    static DealForm of(DealResponse deal) {
        return new DealForm(deal.title(), deal.value(), deal.currency(),
                deal.contact() == null ? null : deal.contact().id(), deal.stage(), deal.expectedCloseDate(),
                deal.description());
    }

    /** Whether the currency is an ISO 4217 code, in any case: {@code aud} is read as AUD. */
    boolean knownCurrency() {
        try {
            return currency != null && currency.strip().length() == 3
                    && Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)) != null;
        } catch (IllegalArgumentException notIso) {
            return false;
        }
    }

    CreateDealRequest toCreate() {
        return new CreateDealRequest(title, value, currency.strip(), contactId, null, null, stage, null,
                expectedCloseDate, null, null, blankToNull(description));
    }

    /** Every field of the form; the optional ones left empty are named in {@code clear}. */
    DealPatch toPatch() {
        var clear = new ArrayList<String>();
        if (contactId == null) {
            clear.add("contactId");
        }
        if (expectedCloseDate == null) {
            clear.add("expectedCloseDate");
        }
        if (blankToNull(description) == null) {
            clear.add("description");
        }
        return new DealPatch(title, value, currency.strip(), contactId, null, null, stage, null, expectedCloseDate,
                null, null, blankToNull(description), clear);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
