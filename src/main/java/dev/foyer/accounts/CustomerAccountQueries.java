package dev.foyer.accounts;

import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading many accounts at once: the filtered, searched list and the stats. */
@Service
public class CustomerAccountQueries {

    private final AccountQueryRepository queries;

    CustomerAccountQueries(AccountQueryRepository queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> list(UUID userId, AccountFilter filter, PageRequest page) {
        var found = queries.list(userId, filter, page.limit(), page.offset());
        long total = found.total().orElseGet(() -> queries.count(userId, filter));
        return new Page<>(found.items(), page.offset(), page.limit(), total);
    }

    @Transactional(readOnly = true)
    public AccountStats stats(UUID userId) {
        return queries.stats(userId);
    }
}
