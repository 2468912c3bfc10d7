package dev.foyer.accounts;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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

    /** The CSV file's header, in the order {@link #export} writes each row. */
    public List<String> exportHeader() {
        return AccountQueryRepository.EXPORT_HEADER;
    }

    /** Every account the list would show for the filter, newest first, row by row from a cursor. */
    @Transactional(readOnly = true)
    public void export(UUID userId, AccountFilter filter, Consumer<String[]> row) {
        queries.export(userId, filter, row);
    }

    @Transactional(readOnly = true)
    public AccountStats stats(UUID userId) {
        return queries.stats(userId);
    }
}
