package dev.foyer.clients.web;

import java.util.List;

import dev.foyer.api.Page;
import dev.foyer.clients.ClientEntry;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of the realtor's client list with what its footer says: "26–50 of 120" and the links either side. */
record ClientListing(String q, int offset, List<ClientEntry> clients, long first, long last, long total) {

    static final int PAGE_SIZE = 25;

    static ClientListing of(String q, Page<ClientEntry> page) {
        long first = page.items().isEmpty() ? 0 : page.offset() + 1L;
        return new ClientListing(q, page.offset(), page.items(), first, page.offset() + (long) page.items().size(),
                page.total());
    }

    public boolean empty() {
        return clients.isEmpty();
    }

    public String previousUrl() {
        return first > 1 ? pageUrl(Math.max(0, offset - PAGE_SIZE)) : null;
    }

    public String nextUrl() {
        return last < total ? pageUrl(offset + PAGE_SIZE) : null;
    }

    private String pageUrl(int pageOffset) {
        var url = UriComponentsBuilder.fromPath("/clients");
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q);
        }
        return url.queryParam("offset", pageOffset).encode().build().toUriString();
    }
}
