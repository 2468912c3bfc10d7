package dev.foyer.contacts.web;

import java.util.List;

import dev.foyer.api.Page;
import dev.foyer.contacts.ContactView;

/**
 * One page of the contact list with what its footer says: "26–50 of 120" (or "of more than 1,000"
 * when the count stopped there) and the links either side.
 */
record ContactListing(ContactSearch search, List<ContactRow> contacts, long first, long last, long total,
                      boolean totalCapped) {

    static ContactListing of(ContactSearch search, Page<ContactView> page) {
        var rows = page.items().stream().map(ContactRow::of).toList();
        long first = rows.isEmpty() ? 0 : page.offset() + 1L;
        return new ContactListing(search, rows, first, page.offset() + (long) rows.size(), page.total(),
                page.totalCapped());
    }

    public boolean empty() {
        return contacts.isEmpty();
    }

    public String previousUrl() {
        return first > 1 ? search.pageUrl(Math.max(0, search.offset() - ContactSearch.PAGE_SIZE)) : null;
    }

    public String nextUrl() {
        return last < total || totalCapped ? search.pageUrl(search.offset() + ContactSearch.PAGE_SIZE) : null;
    }
}
