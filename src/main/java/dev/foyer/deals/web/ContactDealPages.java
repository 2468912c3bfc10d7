package dev.foyer.deals.web;

import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactService;
import dev.foyer.deals.DealFilter;
import dev.foyer.deals.DealService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** All the deals of one contact, newest first, a page at a time: where its page's panel leads when it has more. */
@Controller
class ContactDealPages {

    static final String VIEW = "deals/contact-deals-list";
    static final int PAGE_SIZE = ContactDealsPanel.SHOWN;

    private final DealService deals;
    private final ContactService contacts;

    ContactDealPages(DealService deals, ContactService contacts) {
        this.deals = deals;
        this.contacts = contacts;
    }

    @GetMapping("/contacts/{contactId}/deals")
    String list(@PathVariable UUID contactId, @RequestParam(defaultValue = "0") int offset, Model model) {
        var userId = CurrentUser.require().id();
        var contact = contacts.get(userId, contactId);
        var page = deals.list(userId, new DealFilter(null, null, contactId, null),
                new PageRequest(PAGE_SIZE, Math.max(0, offset)));
        model.addAttribute("contactId", contactId);
        model.addAttribute("contactName", DealFormChoices.name(contact));
        model.addAttribute("deals", page.items());
        model.addAttribute("pager", Pager.of(page, PAGE_SIZE, from -> "/contacts/" + contactId + "/deals?offset=" + from));
        return VIEW;
    }
}
