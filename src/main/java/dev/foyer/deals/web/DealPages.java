package dev.foyer.deals.web;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;
import dev.foyer.deals.DealService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.FormErrors;
import dev.foyer.web.Pager;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A deal: the form to create one (from the board, or from a contact's page with the contact chosen),
 * its page with the same form to change it and its timeline, and deleting it.
 */
@Controller
@RequestMapping("/deals")
class DealPages {

    static final String VIEW = "deals/form";
    /** Timeline events a page shows; older ones are on the pages after, {@code ?events=<offset>}. */
    static final int TIMELINE_LENGTH = 50;

    private final DealService deals;
    private final DealFormChoices choices;

    DealPages(DealService deals, DealFormChoices choices) {
        this.deals = deals;
        this.choices = choices;
    }

    @InitBinder("dealForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String newDeal(@RequestParam(required = false) UUID contactId, @RequestParam(required = false) String stage,
                   Model model) {
        var userId = CurrentUser.require().id();
        var stages = choices.stages(userId);
        String first = stage != null ? stage : stages.isEmpty() ? "" : stages.get(0).name();
        var form = DealForm.empty(deals.defaultCurrency(), first, contactId);
        choices.nameContact(userId, form);
        model.addAttribute("dealForm", form);
        choices.addTo(model, userId);
        return VIEW;
    }

    @PostMapping
    String create(@Valid DealForm dealForm, BindingResult errors, Model model) {
        var userId = CurrentUser.require().id();
        choices.resolveContact(userId, dealForm, errors);
        if (valid(dealForm, errors)) {
            try {
                return "redirect:/deals/" + deals.create(userId, dealForm.toCreate()).id() + "?created";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "deal");
            }
        }
        choices.addTo(model, userId);
        return VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int events, Model model) {
        var userId = CurrentUser.require().id();
        var deal = deals.get(userId, id);
        model.addAttribute("dealForm", DealForm.of(deal));
        return render(userId, id, Math.max(0, events), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid DealForm dealForm, BindingResult errors, Model model) {
        var userId = CurrentUser.require().id();
        choices.resolveContact(userId, dealForm, errors);
        if (valid(dealForm, errors)) {
            try {
                deals.update(userId, id, dealForm.toPatch());
                return "redirect:/deals/" + id + "?saved";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "deal");
            }
        }
        return render(userId, id, 0, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        deals.delete(CurrentUser.require().id(), id);
        return "redirect:/pipeline?deleted";
    }

    private String render(UUID userId, UUID id, int eventsFrom, Model model) {
        var deal = deals.get(userId, id);
        model.addAttribute("deal", deal);
        var timeline = deals.events(userId, id, new PageRequest(TIMELINE_LENGTH, eventsFrom));
        model.addAttribute("timeline", timeline.items().stream().map(TimelineEntry::of).toList());
        model.addAttribute("timelinePager", Pager.of(timeline, TIMELINE_LENGTH,
                from -> "/deals/" + id + "?events=" + from + "#timeline-heading"));
        choices.addTo(model, userId);
        return VIEW;
    }

    private static boolean valid(DealForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("currency") && !form.knownCurrency()) {
            errors.rejectValue("currency", "deal.currency.unknown");
        }
        return !errors.hasErrors();
    }
}
