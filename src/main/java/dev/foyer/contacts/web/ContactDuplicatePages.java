package dev.foyer.contacts.web;

import java.util.List;
import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactDuplicateService;
import dev.foyer.contacts.ContactService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The groups of contacts that share an email or a phone, a page at a time, and merging a group into
 * the contact the user keeps. The merge redirects back here naming the kept contact, so that the
 * user goes on with the next group.
 */
@Controller
@RequestMapping("/contacts/duplicates")
class ContactDuplicatePages {

    static final String VIEW = "contacts/duplicates";
    static final int PAGE_SIZE = 20;

    private final ContactDuplicateService duplicates;
    private final ContactService contacts;

    ContactDuplicatePages(ContactDuplicateService duplicates, ContactService contacts) {
        this.duplicates = duplicates;
        this.contacts = contacts;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer offset, @RequestParam(required = false) UUID merged,
                Model model) {
        var userId = CurrentUser.require().id();
        var page = duplicates.list(userId, PageRequest.of(PAGE_SIZE, offset));
        model.addAttribute("groups", page.items().stream().map(DuplicateCard::of).toList());
        model.addAttribute("pager", Pager.of(page, PAGE_SIZE, from -> "/contacts/duplicates?offset=" + from));
        // A link to a contact since deleted, or someone else's, just says nothing.
        if (merged != null) {
            contacts.find(userId, merged).ifPresent(contact -> {
                model.addAttribute("mergedId", merged);
                model.addAttribute("mergedName", ContactRow.name(contact));
            });
        }
        return VIEW;
    }

    /** {@code contact} lists the whole group as the page drew it; all but {@code keep} are merged into it. */
    @PostMapping("/merge")
    String merge(@RequestParam(required = false) UUID keep,
                 @RequestParam(name = "contact", required = false) List<UUID> group) {
        var kept = duplicates.mergeAll(CurrentUser.require().id(), keep, group == null ? List.of() : group);
        return "redirect:/contacts/duplicates?merged=" + kept.id();
    }
}
