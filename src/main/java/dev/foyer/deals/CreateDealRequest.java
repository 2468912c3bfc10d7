package dev.foyer.deals;

import static dev.foyer.deals.DealConstraints.DESCRIPTION_MAX;
import static dev.foyer.deals.DealConstraints.NEXT_ACTION_MAX;
import static dev.foyer.deals.DealConstraints.POSITIVE_MESSAGE;
import static dev.foyer.deals.DealConstraints.TITLE_MAX;
import static dev.foyer.deals.DealConstraints.VALUE_DIGITS_MESSAGE;
import static dev.foyer.deals.DealConstraints.VALUE_FRACTION_DIGITS;
import static dev.foyer.deals.DealConstraints.VALUE_INTEGER_DIGITS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new deal. {@code value} may come as a JSON number or a string ({@code "5000.00"}); it is read
 * as a decimal, never a double. Currency and stage are optional: the configured default currency
 * and the first open stage of the user's pipeline.
 */
public record CreateDealRequest(
        @NotBlank @Size(max = TITLE_MAX) String title,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = POSITIVE_MESSAGE)
        @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS, message = VALUE_DIGITS_MESSAGE)
        BigDecimal value,
        @IsoCurrency String currency,
        UUID contactId,
        UUID leadId,
        UUID propertyId,
        @Size(max = 60) String stage,
        @Min(0) @Max(100) Integer probability,
        LocalDate expectedCloseDate,
        @Size(max = NEXT_ACTION_MAX) String nextAction,
        OffsetDateTime nextActionDue,
        @Size(max = DESCRIPTION_MAX) String description) {

    DealFields toFields(String currencyOrDefault, String stageOrDefault) {
        return new DealFields(title.strip(), value, currencyOrDefault, stageOrDefault, contactId, leadId, propertyId,
                probability, expectedCloseDate, nextAction, nextActionDue == null ? null : nextActionDue.toInstant(),
                description);
    }
}
