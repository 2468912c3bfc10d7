package dev.foyer.deals.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dev.foyer.deals.DealEventResponse;

/**
 * One line of a deal's timeline, told from the event's type and metadata through a message key,
 * rather than the English description the database keeps, so that the page can be translated.
 * An event of a type this page does not know shows that description.
 */
record TimelineEntry(String type, String messageKey, List<String> arguments, List<String> fieldKeys,
                     String fallback, Instant at) {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The time in UTC, for readers without JavaScript; app.js rewrites it in the reader's time zone. */
    public String atUtc() {
        return UTC.format(at);
    }

    static TimelineEntry of(DealEventResponse event) {
        var metadata = event.metadata();
        return switch (event.type()) {
            case "created" -> entry(event, "deal.event.created", List.of(text(metadata, "stage")), List.of());
            case "stage_changed" -> entry(event, "deal.event.stageChanged",
                    List.of(text(metadata, "from"), text(metadata, "to")), List.of());
            case "updated" -> entry(event, "deal.event.updated", List.of(), fieldKeys(event));
            case "status_changed" -> entry(event, "deal.event.statusChanged",
                    List.of(text(metadata, "from"), text(metadata, "to"), text(metadata, "stage")), List.of());
            case "archived" -> entry(event, "deal.event.archived", List.of(text(metadata, "stage")), List.of());
            case "unarchived" -> entry(event, "deal.event.unarchived", List.of(text(metadata, "stage")), List.of());
            default -> new TimelineEntry(event.type(), null, List.of(), List.of(), event.description(),
                    event.createdAt());
        };
    }

    private static TimelineEntry entry(DealEventResponse event, String key, List<String> arguments,
                                       List<String> fieldKeys) {
        return new TimelineEntry(event.type(), key, arguments, fieldKeys, event.description(), event.createdAt());
    }

    /** {@code deal.changed.value} for each changed field, for the page to name in the reader's language. */
    private static List<String> fieldKeys(DealEventResponse event) {
        var keys = new ArrayList<String>();
        if (event.metadata() != null) {
            event.metadata().path("fields").propertyNames().forEach(field -> keys.add("deal.changed." + field));
        }
        return keys;
    }

    private static String text(tools.jackson.databind.JsonNode metadata, String field) {
        return metadata == null ? "" : metadata.path(field).asString("");
    }
}
