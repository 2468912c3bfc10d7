package dev.foyer.contacts;

import java.util.List;
import java.util.UUID;

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

    public enum Sort {
        NAME, COMPANY, CREATED
    }
}
