package dev.foyer.clients.web;

import java.util.Map;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;
import dev.foyer.clients.ClientPhones;
import dev.foyer.clients.ClientQueries;
import dev.foyer.clients.ClientService;
import dev.foyer.clients.InviteClientRequest;
import dev.foyer.clients.OnboardingService;
import dev.foyer.identity.AccountRole;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.SignedInUser;
import dev.foyer.web.FormErrors;
import dev.foyer.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The realtor's clients: the list with its search (typing asks htmx for the results only) and the
 * invite form, and one client's page with their onboarding, read-only.
 */
@Controller
@RequestMapping("/clients")
class ClientPages {

    static final String LIST_VIEW = "clients/list";
    static final String RESULTS_FRAGMENT = "clients/list :: results";
    static final String RESULTS_ID = "client-results";
    static final String SHOW_VIEW = "clients/show";

    private final ClientQueries queries;
    private final ClientService clients;
    private final OnboardingService onboardings;
    private final ClientPhones phones;

    ClientPages(ClientQueries queries, ClientService clients, OnboardingService onboardings, ClientPhones phones) {
        this.queries = queries;
        this.clients = clients;
        this.onboardings = onboardings;
        this.phones = phones;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer offset,
                HttpServletRequest request, Model model) {
        var realtor = realtor();
        listing(model, realtor, q, offset);
        if (Htmx.targets(request, RESULTS_ID)) {
            return RESULTS_FRAGMENT;
        }
        model.addAttribute("inviteForm", new InviteClientRequest("", ""));
        return LIST_VIEW;
    }

    @PostMapping
    String invite(@Valid @ModelAttribute("inviteForm") InviteClientRequest inviteForm, BindingResult errors, Model model) {
        var realtor = realtor();
        String phone = FormErrors.read(() -> phones.require("phone", inviteForm.phone()),
                refusal -> FormErrors.reject(refusal, errors, "invite"));
        if (!errors.hasErrors()) {
            try {
                clients.invite(realtor.id(), phone, inviteForm.cleanEmail());
                return "redirect:/clients?invited";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "invite");
            }
        }
        listing(model, realtor, null, 0);
        return LIST_VIEW;
    }

    @GetMapping("/{clientId}")
    String show(@PathVariable UUID clientId, Model model) {
        var realtor = realtor();
        var client = queries.client(realtor.id(), clientId);
        model.addAttribute("client", client);
        if (client.onboarding() != null) {
            var onboarding = onboardings.get(realtor.id(), client.onboarding().onboardingId());
            model.addAttribute("onboarding", onboarding);
            model.addAttribute("groups", FormGroups.of(onboarding.values(), Map.of()));
        }
        return SHOW_VIEW;
    }

    @PostMapping("/{clientId}/remove")
    String remove(@PathVariable UUID clientId) {
        clients.remove(realtor().id(), clientId);
        return "redirect:/clients?removed";
    }

    @PostMapping("/invitations/{invitationId}/cancel")
    String cancel(@PathVariable UUID invitationId) {
        clients.cancelInvitation(realtor().id(), invitationId);
        return "redirect:/clients?cancelled";
    }

    private void listing(Model model, SignedInUser realtor, String q, Integer offset) {
        String query = q == null || q.length() > 200 ? null : q;
        var page = queries.clientsOf(realtor.id(), query, PageRequest.of(ClientListing.PAGE_SIZE,
                offset == null ? 0 : Math.max(0, offset)));
        model.addAttribute("q", query);
        model.addAttribute("listing", ClientListing.of(query, page));
    }

    private static SignedInUser realtor() {
        var user = CurrentUser.require();
        user.requireRole(AccountRole.REALTOR);
        return user;
    }
}
