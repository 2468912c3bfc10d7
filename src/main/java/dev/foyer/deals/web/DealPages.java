package dev.foyer.deals.web;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;
import dev.foyer.deals.DealService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.FormErrors;
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
    String show(@PathVariable UUID id, Model model) {
        var userId = CurrentUser.require().id();
        var deal = deals.get(userId, id);
        model.addAttribute("dealForm", DealForm.of(deal));
        return render(userId, id, model);
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
        return render(userId, id, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        deals.delete(CurrentUser.require().id(), id);
        return "redirect:/pipeline?deleted";
    }

    private String render(UUID userId, UUID id, Model model) {
        var deal = deals.get(userId, id);
        model.addAttribute("deal", deal);
        model.addAttribute("timeline", deals.events(userId, id, new PageRequest(TIMELINE_LENGTH, 0)).items().stream()
                .map(TimelineEntry::of).toList());
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
