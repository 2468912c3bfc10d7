package dev.foyer.contacts.web;

import java.util.List;

import dev.foyer.api.Page;
import dev.foyer.contacts.ContactView;

/** One page of the contact list with what its footer says: "26–50 of 120" and the links either side. */
record ContactListing(ContactSearch search, List<ContactRow> contacts, long first, long last, long total) {

    static ContactListing of(ContactSearch search, Page<ContactView> page) {
        var rows = page.items().stream().map(ContactRow::of).toList();
        long first = rows.isEmpty() ? 0 : page.offset() + 1L;
        return new ContactListing(search, rows, first, page.offset() + (long) rows.size(), page.total());
    }

    public boolean empty() {
        return contacts.isEmpty();
    }

    public String previousUrl() {
        return first > 1 ? search.pageUrl(Math.max(0, search.offset() - ContactSearch.PAGE_SIZE)) : null;
    }

    public String nextUrl() {
        return last < total ? search.pageUrl(search.offset() + ContactSearch.PAGE_SIZE) : null;
    }
}
