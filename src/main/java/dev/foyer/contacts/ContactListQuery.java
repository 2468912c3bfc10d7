package dev.foyer.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;

/**
 * What a contact list asks for: search text, tags the contacts must carry (all of them, each named
 * once however often it was asked for), the order and the page.
 */
public record ContactListQuery(String q, List<UUID> tagIds, Sort sort, boolean descending, PageRequest page) {

    public ContactListQuery {
        tagIds = tagIds.stream().distinct().toList();
    }

    ContactListQuery searching(String text) {
        return new ContactListQuery(text, tagIds, sort, descending, page);
    }

    /** Neither searched nor filtered by a tag: the page is of all the user's contacts. */
    boolean everyContact() {
        return q.isEmpty() && tagIds.isEmpty();
    }

    /** The API's {@code direction} parameter, shared by the list and the export. */
    static boolean descending(String direction) {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw ApiException.invalid("direction", "must be asc or desc");
        };
    }

    public enum Sort {
        NAME, COMPANY, CREATED;

        /** The API's {@code sort} parameter, shared by the list and the export. */
        static Sort of(String sort) {
            return switch (sort.toLowerCase(Locale.ROOT)) {
                case "name" -> NAME;
                case "company" -> COMPANY;
                case "created", "createdat" -> CREATED;
                default -> throw ApiException.invalid("sort", "must be name, company or created");
            };
        }
    }
}
