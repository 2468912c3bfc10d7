package dev.foyer.contacts.web;

import java.util.List;

import dev.foyer.api.Page;
import dev.foyer.contacts.ContactView;
import dev.foyer.web.Pager;

/** One page of the contact list and its footer. */
record ContactListing(ContactSearch search, List<ContactRow> contacts, Pager pager) {

    static ContactListing of(ContactSearch search, Page<ContactView> page) {
        return new ContactListing(search, page.items().stream().map(ContactRow::of).toList(),
                Pager.of(page, ContactSearch.PAGE_SIZE, search::pageUrl));
    }

    public boolean empty() {
        return contacts.isEmpty();
    }
}
