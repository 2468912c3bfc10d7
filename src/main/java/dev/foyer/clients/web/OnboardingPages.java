package dev.foyer.clients.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.clients.CanadianAddress;
import dev.foyer.clients.OnboardingField;
import dev.foyer.clients.OnboardingService;
import dev.foyer.clients.OnboardingView;
import dev.foyer.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's onboarding form. Each field is saved as soon as it changes (htmx posts that field
 * alone and swaps it back with "Saved" or its error); without JavaScript, the Save button posts
 * them all. The realtor reads the form on the client's page instead.
 */
@Controller
@RequestMapping("/onboardings")
class OnboardingPages {

    static final String LIST_VIEW = "clients/onboardings";
    static final String FORM_VIEW = "clients/onboarding";
    static final String FIELD_FRAGMENT = "clients/onboarding-field :: field";

    private final OnboardingService onboardings;

    OnboardingPages(OnboardingService onboardings) {
        this.onboardings = onboardings;
    }

    @GetMapping
    String list(Model model) {
        var mine = onboardings.list(CurrentUser.require().id());
        model.addAttribute("onboardings", mine);
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String form(@PathVariable UUID id, Model model) {
        var onboarding = onboardings.get(CurrentUser.require().id(), id);
        if (!onboarding.clientId().equals(CurrentUser.require().id())) {
            return "redirect:/clients/" + onboarding.clientId();
        }
        return form(model, onboarding, Map.of(), Map.of());
    }

    /** One field, saved as the client leaves it. */
    @PostMapping("/{id}/fields")
    String saveField(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        var changed = fields(params);
        if (changed.size() != 1) {
            throw ApiException.invalid("field", "one field of the form at a time");
        }
        var name = changed.keySet().iterator().next();
        var field = OnboardingField.byJson(name).orElseThrow();
        UUID userId = CurrentUser.require().id();
        try {
            var saved = onboardings.update(userId, id, new LinkedHashMap<>(changed));
            model.addAttribute("row", FormGroups.row(field, saved.values(), Map.of(), Map.of(), name));
        } catch (ApiException refusal) {
            if (refusal.type() != ProblemType.VALIDATION) {
                throw refusal;
            }
            var current = onboardings.get(userId, id);
            model.addAttribute("row", FormGroups.row(field, current.values(), changed, FormGroups.errors(refusal), null));
        }
        model.addAttribute("onboardingId", id);
        model.addAttribute("provinces", CanadianAddress.PROVINCES);
        return FIELD_FRAGMENT;
    }

    /** Every field at once, for a browser without JavaScript. */
    @PostMapping("/{id}")
    String saveAll(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        UUID userId = CurrentUser.require().id();
        var changed = fields(params);
        try {
            onboardings.update(userId, id, new LinkedHashMap<>(changed));
            return "redirect:/onboardings/" + id + "?saved";
        } catch (ApiException refusal) {
            if (refusal.type() != ProblemType.VALIDATION) {
                throw refusal;
            }
            return form(model, onboardings.get(userId, id), changed, FormGroups.errors(refusal));
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, Model model) {
        UUID userId = CurrentUser.require().id();
        try {
            onboardings.submit(userId, id);
            return "redirect:/onboardings/" + id + "?submitted";
        } catch (ApiException refusal) {
            if (refusal.type() != ProblemType.VALIDATION) {
                throw refusal;
            }
            model.addAttribute("incomplete", true);
            return form(model, onboardings.get(userId, id), Map.of(), FormGroups.errors(refusal));
        }
    }

    private static String form(Model model, OnboardingView onboarding, Map<String, String> typed,
                               Map<String, String> errors) {
        model.addAttribute("onboarding", onboarding);
        model.addAttribute("onboardingId", onboarding.id());
        model.addAttribute("groups", FormGroups.of(onboarding.values(), typed, errors, null));
        model.addAttribute("provinces", CanadianAddress.PROVINCES);
        return FORM_VIEW;
    }

    /** The form's fields among the request's parameters (which also carry the CSRF token). */
    private static Map<String, String> fields(Map<String, String> params) {
        var fields = new LinkedHashMap<String, String>();
        params.forEach((name, value) -> {
            if (OnboardingField.byJson(name).isPresent()) {
                fields.put(name, value);
            }
        });
        return fields;
    }
}
