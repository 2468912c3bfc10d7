package dev.foyer.contacts.web;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.contacts.TagService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The tag manager: every tag with how many contacts carry it, a form to add one, and each tag's own
 * form to rename or recolor it. A refused edit re-renders the list with the errors on that tag's
 * row ({@code editing}), the others as they were.
 */
@Controller
@RequestMapping("/tags")
class TagPages {

    static final String VIEW = "contacts/tags";

    private final TagService tags;

    TagPages(TagService tags) {
        this.tags = tags;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tagForm", TagForm.empty());
        return render(model);
    }

    @PostMapping
    String create(@Valid TagForm tagForm, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                tags.create(CurrentUser.require().id(), tagForm.name(), tagForm.color());
                return "redirect:/tags?created";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "tag");
            }
        }
        return render(model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("tagEdit") TagForm tagEdit, BindingResult errors,
                  Model model) {
        if (!errors.hasErrors()) {
            try {
                tags.update(CurrentUser.require().id(), id, tagEdit.name(), tagEdit.color());
                return "redirect:/tags?saved";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "tag");
            }
        }
        model.addAttribute("editing", id);
        model.addAttribute("tagForm", TagForm.empty());
        return render(model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        tags.delete(CurrentUser.require().id(), id);
        return "redirect:/tags?deleted";
    }

    private String render(Model model) {
        model.addAttribute("tags", tags.list(CurrentUser.require().id()));
        return VIEW;
    }
}
