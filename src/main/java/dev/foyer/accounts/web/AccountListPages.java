package dev.foyer.accounts.web;

import dev.foyer.accounts.CustomerAccountQueries;
import dev.foyer.accounts.CustomerTypes;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account list. Typing in the search or tag box, or changing a filter, asks htmx for the results
 * only, so the page never reloads under the user's fingers; the same address without htmx is the
 * whole page. The stats strip covers every account, not the filtered ones, so it is not redrawn.
 */
@Controller
class AccountListPages {

    static final String VIEW = "accounts/list";
    static final String RESULTS_FRAGMENT = "accounts/list :: results";
    static final String RESULTS_ID = "account-results";

    private final CustomerAccountQueries queries;

    AccountListPages(CustomerAccountQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String tags, @RequestParam(required = false) String match,
                @RequestParam(required = false) Integer offset, HttpServletRequest request, Model model) {
        var userId = CurrentUser.require().id();
        var search = AccountSearch.of(q, type, tags, match, offset);
        model.addAttribute("search", search);
        model.addAttribute("listing", AccountListing.of(search, queries.list(userId, search.toFilter(), search.page())));
        if (Htmx.targets(request, RESULTS_ID)) {
            return RESULTS_FRAGMENT;
        }
        model.addAttribute("types", CustomerTypes.ALL);
        model.addAttribute("stats", queries.stats(userId));
        return VIEW;
    }
}
