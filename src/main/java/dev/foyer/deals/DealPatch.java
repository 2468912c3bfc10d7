package dev.foyer.deals;

import static dev.foyer.deals.DealConstraints.DESCRIPTION_MAX;
import static dev.foyer.deals.DealConstraints.NEXT_ACTION_MAX;
import static dev.foyer.api.BlankText.NOT_BLANK;
import static dev.foyer.deals.DealConstraints.POSITIVE_MESSAGE;
import static dev.foyer.deals.DealConstraints.TITLE_MAX;
import static dev.foyer.deals.DealConstraints.VALUE_DIGITS_MESSAGE;
import static dev.foyer.deals.DealConstraints.VALUE_FRACTION_DIGITS;
import static dev.foyer.deals.DealConstraints.VALUE_INTEGER_DIGITS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.foyer.api.ApiException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partial change: a field left out (or null) stays as it is. JSON null cannot both mean "leave"
 * and "clear", so an optional field is cleared by naming it in {@code clear}, e.g.
 * {@code {"clear": ["contactId"]}} unlinks the contact.
 */
public record DealPatch(
        @Size(max = TITLE_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String title,
        @DecimalMin(value = "0", inclusive = false, message = POSITIVE_MESSAGE)
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
        @Size(max = DESCRIPTION_MAX) String description,
        List<String> clear) {

    static final Set<String> CLEARABLE = Set.of("contactId", "leadId", "propertyId", "probability",
            "expectedCloseDate", "nextAction", "nextActionDue", "description");

    static DealPatch moveTo(String stage) {
        return new DealPatch(null, null, null, null, null, null, stage, null, null, null, null, null, null);
    }

    /** The deal as it is after this change; {@code stage} is the already-checked stage name. */
    DealFields applyTo(DealFields current, String newStage) {
        Set<String> cleared = cleared();
        return new DealFields(
                title == null ? current.title() : title.strip(),
                value == null ? current.value() : value,
                currency == null ? current.currency() : IsoCurrency.Validator.normalise(currency),
                newStage,
                pick(cleared, "contactId", contactId, current.contactId()),
                pick(cleared, "leadId", leadId, current.leadId()),
                pick(cleared, "propertyId", propertyId, current.propertyId()),
                pick(cleared, "probability", probability, current.probability()),
                pick(cleared, "expectedCloseDate", expectedCloseDate, current.expectedCloseDate()),
                pick(cleared, "nextAction", nextAction, current.nextAction()),
                pick(cleared, "nextActionDue", nextActionDue == null ? null : nextActionDue.toInstant(),
                        current.nextActionDue()),
                pick(cleared, "description", description, current.description()));
    }

    private Set<String> cleared() {
        if (clear == null) {
            return Set.of();
        }
        for (String field : clear) {
            if (field == null || !CLEARABLE.contains(field)) {
                throw ApiException.invalid("clear", "names fields to empty; only " + String.join(", ",
                        CLEARABLE.stream().sorted().toList()) + " can be cleared");
            }
        }
        return Set.copyOf(clear);
    }

    private static <T> T pick(Set<String> cleared, String field, T given, T current) {
        if (cleared.contains(field)) {
            if (given != null) {
                throw ApiException.invalid(field, "is both given and cleared");
            }
            return null;
        }
        return given == null ? current : given;
    }
}
