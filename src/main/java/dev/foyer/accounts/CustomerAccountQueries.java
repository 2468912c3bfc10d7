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
        return new Page<>(queries.list(userId, filter, page.limit(), page.offset()), page.offset(), page.limit(),
                queries.count(userId, filter));
    }

    @Transactional(readOnly = true)
    public AccountStats stats(UUID userId) {
        return queries.stats(userId);
    }
}
