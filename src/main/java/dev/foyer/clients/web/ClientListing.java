package dev.foyer.clients.web;

import java.util.List;

import dev.foyer.api.Page;
import dev.foyer.clients.ClientEntry;
import dev.foyer.web.Pager;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of the realtor's client list and its footer. */
record ClientListing(String q, List<ClientEntry> clients, Pager pager) {

    static final int PAGE_SIZE = 25;

    static ClientListing of(String q, Page<ClientEntry> page) {
        return new ClientListing(q, page.items(), Pager.of(page, PAGE_SIZE, offset -> pageUrl(q, offset)));
    }

    public boolean empty() {
        return clients.isEmpty();
    }

    private static String pageUrl(String q, int offset) {
        var url = UriComponentsBuilder.fromPath("/clients");
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q);
        }
        return url.queryParam("offset", offset).encode().build().toUriString();
    }
}
