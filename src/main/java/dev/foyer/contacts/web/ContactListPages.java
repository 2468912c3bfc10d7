package dev.foyer.contacts.web;

import java.util.List;
import java.util.UUID;

import dev.foyer.contacts.ContactService;
import dev.foyer.contacts.TagService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contact list. The search box and the tag filter ask htmx for the results only, so that typing
 * never reloads the page (and the box keeps its focus); the same address without htmx is the whole
 * page, so links, reloads and the back button all work.
 */
@Controller
class ContactListPages {

    static final String VIEW = "contacts/list";
    static final String RESULTS_FRAGMENT = "contacts/list :: results";
    static final String RESULTS_ID = "contact-results";

    private final ContactService contacts;
    private final TagService tags;

    ContactListPages(ContactService contacts, TagService tags) {
        this.contacts = contacts;
        this.tags = tags;
    }

    @GetMapping("/contacts")
    String list(@RequestParam(required = false) String q,
                @RequestParam(name = "tag", required = false) List<UUID> tagIds,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer offset, HttpServletRequest request, Model model) {
        var userId = CurrentUser.require().id();
        var search = ContactSearch.of(q, tagIds, sort, dir, offset);
        model.addAttribute("search", search);
        model.addAttribute("listing", ContactListing.of(search, contacts.list(userId, search.toQuery())));
        if (Htmx.targets(request, RESULTS_ID)) {
            return RESULTS_FRAGMENT;
        }
        model.addAttribute("tags", tags.list(userId));
        return VIEW;
    }
}
