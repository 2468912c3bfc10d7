package dev.foyer.accounts.web;

import java.util.List;

import dev.foyer.accounts.AccountView;
import dev.foyer.api.Page;

/**
 * One page of the account list with what its footer says: "26–50 of 120" (or "of more than …" when
 * the count stopped) and the links either side.
 */
record AccountListing(AccountSearch search, List<AccountView> accounts, long first, long last, long total,
                      boolean totalCapped) {

    static AccountListing of(AccountSearch search, Page<AccountView> page) {
        long first = page.items().isEmpty() ? 0 : page.offset() + 1L;
        return new AccountListing(search, page.items(), first, page.offset() + (long) page.items().size(),
                page.total(), page.totalCapped());
    }

    public boolean empty() {
        return accounts.isEmpty();
    }

    public String previousUrl() {
        return first > 1 ? search.pageUrl(Math.max(0, search.offset() - AccountSearch.PAGE_SIZE)) : null;
    }

    public String nextUrl() {
        return last < total || totalCapped ? search.pageUrl(search.offset() + AccountSearch.PAGE_SIZE) : null;
    }
}
