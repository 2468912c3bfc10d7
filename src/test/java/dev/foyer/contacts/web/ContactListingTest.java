package dev.foyer.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The contact list's footer links, with an exact total and with one the count stopped at. */
class ContactListingTest {

    private static final ContactSearch AT_975 = ContactSearch.of("", List.of(), "name", "asc", 975);

    @Test
    void anExactTotalEndsThePagesAtTheLastContact() {
        var listing = new ContactListing(AT_975, List.of(), 976, 1_000, 1_000, false);

        assertThat(listing.nextUrl()).isNull();
        assertThat(listing.previousUrl()).isEqualTo("/contacts?offset=950");
    }

    @Test
    void aCappedTotalAlwaysLeadsToTheNextPage() {
        var listing = new ContactListing(AT_975, List.of(), 976, 1_000, 1_000, true);

        assertThat(listing.nextUrl()).isEqualTo("/contacts?offset=1000");
    }
}
