package dev.foyer.clients.web;

import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.clients.ClientQueries;
import dev.foyer.clients.InvitationService;
import dev.foyer.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The client's invitations: opening the page claims those sent to their phones; each is accepted or declined. */
@Controller
@RequestMapping("/invitations")
class InvitationPages {

    static final String VIEW = "clients/invitations";

    private final InvitationService invitations;
    private final ClientQueries queries;

    InvitationPages(InvitationService invitations, ClientQueries queries) {
        this.invitations = invitations;
        this.queries = queries;
    }

    @GetMapping
    String list(Model model) {
        UUID userId = CurrentUser.require().id();
        model.addAttribute("invitations", invitations.pending(userId));
        model.addAttribute("realtors", queries.realtorsOf(userId, null, PageRequest.of(null, null))
                .items().stream().filter(entry -> entry.onboarding() != null).toList());
        return VIEW;
    }

    /** Accepting opens the onboarding form at once: it is what the realtor asked for. */
    @PostMapping("/{id}/accept")
    String accept(@PathVariable UUID id) {
        return "redirect:/onboardings/" + invitations.accept(CurrentUser.require().id(), id) + "?accepted";
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable UUID id) {
        invitations.decline(CurrentUser.require().id(), id);
        return "redirect:/invitations?declined";
    }
}
