package dev.foyer.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.contacts.ContactListQuery;
import dev.foyer.contacts.ContactView;
import org.junit.jupiter.api.Test;

class ContactSearchTest {

    private static final UUID TAG = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void anUnknownSortOrANegativeOffsetIsReadAsTheDefaultNotAnError() {
        var search = ContactSearch.of("  ann  ", Arrays.asList(null, TAG, TAG), "shoe size", "sideways", -5);

        assertThat(search).isEqualTo(new ContactSearch("ann", List.of(TAG), "name", false, 0));
        assertThat(search.toQuery()).isEqualTo(new ContactListQuery("ann", List.of(TAG), ContactListQuery.Sort.NAME,
                false, new dev.foyer.api.PageRequest(25, 0)));
    }

    @Test
    void sortLinksKeepTheSearchStartAtTheFirstPageAndFlipOnlyTheCurrentColumn() {
        var search = ContactSearch.of("a&b", List.of(TAG), "company", "asc", 50);

        assertThat(search.sortUrl("company")).isEqualTo("/contacts?q=a%26b&tag=" + TAG + "&sort=company&dir=desc");
        assertThat(search.sortUrl("name")).as("the default order needs no parameters")
                .isEqualTo("/contacts?q=a%26b&tag=" + TAG);
        assertThat(search.ariaSort("company")).isEqualTo("ascending");
        assertThat(search.ariaSort("name")).isNull();
    }

    @Test
    void theListingSaysWhichContactsOfHowManyItShowsAndLinksEitherSide() {
        var search = ContactSearch.of("", null, null, null, 25);
        var listing = ContactListing.of(search, new Page<>(contacts(25), 25, 25, 60));

        assertThat(listing.pager().first()).isEqualTo(26);
        assertThat(listing.pager().last()).isEqualTo(50);
        assertThat(listing.pager().previousUrl()).isEqualTo("/contacts");
        assertThat(listing.pager().nextUrl()).isEqualTo("/contacts?offset=50");
        var lastPage = ContactListing.of(ContactSearch.of("", null, null, null, 50), new Page<>(contacts(10), 50, 25, 60));
        assertThat(lastPage.pager().nextUrl()).isNull();
        assertThat(ContactListing.of(ContactSearch.of("", null, null, null, 0), new Page<>(List.of(), 0, 25, 0)).empty())
                .isTrue();
    }

    @Test
    void aContactIsNamedByWhicheverNamesItHas() {
        assertThat(ContactRow.name(contact("Ann", null))).isEqualTo("Ann");
        assertThat(ContactRow.name(contact(null, "Lee"))).isEqualTo("Lee");
        assertThat(ContactRow.name(contact("Ann", "Lee"))).isEqualTo("Ann Lee");
    }

    private static List<ContactView> contacts(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> contact("P" + i, null)).toList();
    }

    private static ContactView contact(String first, String last) {
        return new ContactView(UUID.randomUUID(), first, last, null, null, null, null, null, List.of(), null, null);
    }
}
