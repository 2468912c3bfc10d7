package dev.foyer.deals.web;

import java.util.List;
import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactPanel;
import dev.foyer.deals.DealFilter;
import dev.foyer.deals.DealResponse;
import dev.foyer.deals.DealService;
import org.springframework.stereotype.Component;

/** The deals of a contact, newest first, as a panel of the contact's page. */
@Component
class ContactDealsPanel implements ContactPanel {

    static final int SHOWN = 50;

    /** What the panel shows: the contact (for the "New deal" link) and its deals. */
    record ContactDeals(UUID contactId, List<DealResponse> deals, long total) {
    }

    private final DealService deals;

    ContactDealsPanel(DealService deals) {
        this.deals = deals;
    }

    @Override
    public String template() {
        return "deals/contact-deals";
    }

    @Override
    public Object data(UUID userId, UUID contactId) {
        var page = deals.list(userId, new DealFilter(null, null, contactId, null), new PageRequest(SHOWN, 0));
        return new ContactDeals(contactId, page.items(), page.total());
    }
}
