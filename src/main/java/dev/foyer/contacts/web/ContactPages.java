package dev.foyer.contacts.web;

import java.util.List;
import java.util.UUID;

import dev.foyer.contacts.ContactPanel;
import dev.foyer.contacts.ContactService;
import dev.foyer.contacts.Tag;
import dev.foyer.contacts.TagService;
import dev.foyer.identity.CurrentUser;
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

/**
 * One contact: its page (details, tags, and the panels other modules add), the form to create or
 * change it, and deleting it. What just happened travels in the redirect's query, as Foyer keeps no
 * server session for a flash message.
 */
@Controller
@RequestMapping("/contacts")
class ContactPages {

    static final String FORM_VIEW = "contacts/form";
    static final String SHOW_VIEW = "contacts/show";

    /** A panel and what it shows for this contact, for the page to draw. */
    record RenderedPanel(String template, Object data) {
    }

    private final ContactService contacts;
    private final TagService tags;
    private final List<ContactPanel> panels;

    ContactPages(ContactService contacts, TagService tags, List<ContactPanel> panels) {
        this.contacts = contacts;
        this.tags = tags;
        this.panels = panels;
    }

    @InitBinder("contactForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String newContact(Model model) {
        model.addAttribute("contactForm", ContactForm.empty());
        return FORM_VIEW;
    }

    @PostMapping
    String create(@Valid ContactForm contactForm, BindingResult errors) {
        if (!contactForm.hasName()) {
            errors.rejectValue("firstName", "contact.name.required");
        }
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        var created = contacts.create(CurrentUser.require().id(), contactForm.toInput());
        return "redirect:/contacts/" + created.id() + "?created";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var userId = CurrentUser.require().id();
        var contact = contacts.get(userId, id);
        var carried = contact.tags().stream().map(Tag::id).toList();
        model.addAttribute("contact", contact);
        model.addAttribute("name", ContactRow.name(contact));
        model.addAttribute("otherTags", tags.list(userId).stream().filter(tag -> !carried.contains(tag.id())).toList());
        model.addAttribute("panels", panels.stream()
                .map(panel -> new RenderedPanel(panel.template(), panel.data(userId, id))).toList());
        return SHOW_VIEW;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var contact = contacts.get(CurrentUser.require().id(), id);
        model.addAttribute("contactId", id);
        model.addAttribute("contactForm", ContactForm.of(contact));
        return FORM_VIEW;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid ContactForm contactForm, BindingResult errors, Model model) {
        if (!contactForm.hasName()) {
            errors.rejectValue("firstName", "contact.name.required");
        }
        if (errors.hasErrors()) {
            model.addAttribute("contactId", id);
            return FORM_VIEW;
        }
        contacts.update(CurrentUser.require().id(), id, contactForm.toInput());
        return "redirect:/contacts/" + id + "?saved";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        contacts.delete(CurrentUser.require().id(), id);
        return "redirect:/contacts?deleted";
    }
}
