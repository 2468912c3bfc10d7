package dev.foyer.accounts.web;

import java.util.List;

import dev.foyer.accounts.AccountView;
import dev.foyer.api.Page;
import dev.foyer.web.Pager;

/** One page of the account list and its footer. */
record AccountListing(AccountSearch search, List<AccountView> accounts, Pager pager) {

    static AccountListing of(AccountSearch search, Page<AccountView> page) {
        return new AccountListing(search, page.items(), Pager.of(page, AccountSearch.PAGE_SIZE, search::pageUrl));
    }

    public boolean empty() {
        return accounts.isEmpty();
    }
}
