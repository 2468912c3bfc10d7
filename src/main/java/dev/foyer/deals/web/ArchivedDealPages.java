package dev.foyer.deals.web;

import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.deals.DealFilter;
import dev.foyer.deals.DealService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Archiving a deal from its page, taking it back out, and the list of archived deals, newest first. */
@Controller
@RequestMapping("/deals")
class ArchivedDealPages {

    static final String VIEW = "deals/archived";
    static final int PAGE_SIZE = 25;

    private final DealService deals;

    ArchivedDealPages(DealService deals) {
        this.deals = deals;
    }

    @GetMapping("/archived")
    String list(@RequestParam(defaultValue = "0") int offset, Model model) {
        var page = deals.list(CurrentUser.require().id(), new DealFilter(null, "archived", null, null),
                new PageRequest(PAGE_SIZE, Math.max(0, offset)));
        model.addAttribute("deals", page.items());
        model.addAttribute("pager", Pager.of(page, PAGE_SIZE, next -> "/deals/archived?offset=" + next));
        return VIEW;
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable UUID id) {
        deals.archive(CurrentUser.require().id(), id);
        return "redirect:/deals/" + id + "?archived";
    }

    @PostMapping("/{id}/unarchive")
    String unarchive(@PathVariable UUID id) {
        deals.unarchive(CurrentUser.require().id(), id);
        return "redirect:/deals/" + id + "?unarchived";
    }
}
