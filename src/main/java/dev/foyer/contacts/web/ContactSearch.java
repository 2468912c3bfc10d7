package dev.foyer.contacts.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactListQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the contact list was asked for, read leniently from the address (an unknown sort is the
 * default, not an error page), the links that keep it while changing one thing (the order or the
 * page), and the export of everything it matches, in its order.
 */
record ContactSearch(String q, List<UUID> tags, String sort, boolean descending, int offset) {

    static final int PAGE_SIZE = 25;
    private static final int MAX_QUERY = 200;

    static ContactSearch of(String q, List<UUID> tags, String sort, String dir, Integer offset) {
        String text = q == null ? "" : q.strip();
        String column = sort == null ? "name" : sort.toLowerCase(Locale.ROOT);
        if (!List.of("name", "company", "created").contains(column)) {
            column = "name";
        }
        return new ContactSearch(text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text,
                tags == null ? List.of() : tags.stream().filter(Objects::nonNull).distinct().toList(), column,
                "desc".equalsIgnoreCase(dir), offset == null || offset < 0 ? 0 : offset);
    }

    ContactListQuery toQuery() {
        return new ContactListQuery(q, tags, ContactListQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), descending,
                new PageRequest(PAGE_SIZE, offset));
    }

    /** Sorting by a column starts at the first page, ascending unless it is already so. */
    public String sortUrl(String column) {
        boolean flip = column.equals(sort) && !descending;
        return url(column, flip, 0);
    }

    /** The value of {@code aria-sort} for a column header. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? null : descending ? "descending" : "ascending";
    }

    /** The order the contacts were added in, the latest first; a page of its own, as a column header is. */
    public String newestFirstUrl() {
        return url("created", true, 0);
    }

    public boolean newestFirst() {
        return "created".equals(sort) && descending;
    }

    public String pageUrl(int pageOffset) {
        return url(sort, descending, pageOffset);
    }

    /** The order always named: the export's own default is the order the contacts were added in. */
    public String exportUrl() {
        return filtered("/api/contacts/export").queryParam("sort", sort)
                .queryParam("direction", descending ? "desc" : "asc").encode().build().toUriString();
    }

    private String url(String column, boolean desc, int pageOffset) {
        var url = filtered("/contacts");
        if (!"name".equals(column) || desc) {
            url.queryParam("sort", column).queryParam("dir", desc ? "desc" : "asc");
        }
        if (pageOffset > 0) {
            url.queryParam("offset", pageOffset);
        }
        return url.encode().build().toUriString();
    }

    private UriComponentsBuilder filtered(String path) {
        var url = UriComponentsBuilder.fromPath(path);
        if (!q.isEmpty()) {
            url.queryParam("q", q);
        }
        tags.forEach(tag -> url.queryParam("tag", tag));
        return url;
    }
}
