package dev.foyer.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal as the API shows it: its status (derived from the stage), and its contact's id, name and
 * email read in the same query, so that a list never needs a query per deal.
 */
public record DealResponse(UUID id, String title, BigDecimal value, String currency, String stage, String status,
                    Integer probability, LocalDate expectedCloseDate, String nextAction, Instant nextActionDue,
                    String description, ContactSummary contact, UUID leadId, UUID propertyId, Instant closedAt,
                    Instant createdAt, Instant updatedAt) {

    /** Enough of the linked contact to show and reach it; {@code name} is first and last name as one. */
    public record ContactSummary(UUID id, String name, String email) {
    }

    DealFields fields() {
        return new DealFields(title, value, currency, stage, contact == null ? null : contact.id(), leadId, propertyId,
                probability, expectedCloseDate, nextAction, nextActionDue, description);
    }
}
