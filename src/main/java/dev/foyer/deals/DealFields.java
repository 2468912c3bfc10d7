package dev.foyer.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What a user writes on a deal; status, timestamps and owner are the database's to set. */
record DealFields(String title, BigDecimal value, String currency, String stage, UUID contactId, UUID leadId,
                  UUID propertyId, Integer probability, LocalDate expectedCloseDate, String nextAction,
                  Instant nextActionDue, String description) {

    /** One field's change, as the timeline keeps it: values as text, so that 5000.00 stays 5000.00. */
    record Change(String from, String to) {
    }

    /**
     * The fields that differ in {@code after}, stage aside: a stage change is a move, which the
     * timeline keeps as an event of its own.
     */
    Map<String, Change> changesTo(DealFields after) {
        var changes = new LinkedHashMap<String, Change>();
        compare(changes, "title", title, after.title);
        if (value.compareTo(after.value) != 0) {
            changes.put("value", new Change(value.toPlainString(), after.value.toPlainString()));
        }
        compare(changes, "currency", currency, after.currency);
        compare(changes, "contactId", contactId, after.contactId);
        compare(changes, "leadId", leadId, after.leadId);
        compare(changes, "propertyId", propertyId, after.propertyId);
        compare(changes, "probability", probability, after.probability);
        compare(changes, "expectedCloseDate", expectedCloseDate, after.expectedCloseDate);
        compare(changes, "nextAction", nextAction, after.nextAction);
        compare(changes, "nextActionDue", nextActionDue, after.nextActionDue);
        compare(changes, "description", description, after.description);
        return changes;
    }

    private static void compare(Map<String, Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(text(before), text(after)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
