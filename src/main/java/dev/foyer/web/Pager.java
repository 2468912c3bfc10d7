package dev.foyer.web;

import java.util.function.IntFunction;

import dev.foyer.api.Page;

/**
 * The footer of a paged list, as {@code fragments/pager.html} draws it: "26–50 of 120" (or "of more
 * than 1,000" when the count stopped there) and the links either side, null where there is none.
 */
public record Pager(long first, long last, long total, boolean totalCapped, String previousUrl, String nextUrl) {

    /**
     * @param pageSize the page size the list asks for
     * @param pageUrl  the address of the page starting at an offset
     */
    public static Pager of(Page<?> page, int pageSize, IntFunction<String> pageUrl) {
        long first = page.items().isEmpty() ? 0 : page.offset() + 1L;
        long last = page.offset() + (long) page.items().size();
        String previous = first > 1 ? pageUrl.apply(Math.max(0, page.offset() - pageSize)) : null;
        // A capped total means there are more than it says, so there is always a next page to try.
        String next = last < page.total() || page.totalCapped() ? pageUrl.apply(page.offset() + pageSize) : null;
        return new Pager(first, last, page.total(), page.totalCapped(), previous, next);
    }
}
