package dev.foyer.deals.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactListQuery;
import dev.foyer.contacts.ContactService;
import dev.foyer.contacts.ContactView;
import dev.foyer.deals.StageResponse;
import dev.foyer.deals.StageService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the deal form chooses from: the user's stages in order, and a contact named by text. With
 * the script, the form's picker searches the contacts as the user types and sends the picked
 * contact's id with its name; without it, or when a name was typed and nothing picked, the name is
 * looked up here in the same contact search. A user with any number of contacts can link any one.
 */
@Component
class DealFormChoices {

    /** Matches read for a typed name: enough to tell one from several, and to find the one named exactly. */
    static final int NAME_MATCHES = 20;

    private final StageService stages;
    private final ContactService contacts;

    DealFormChoices(StageService stages, ContactService contacts) {
        this.stages = stages;
        this.contacts = contacts;
    }

    List<StageResponse> stages(UUID userId) {
        return stages.list(userId);
    }

    void addTo(Model model, UUID userId) {
        model.addAttribute("stages", stages(userId));
    }

    /** Puts the linked contact's name in the form; an id that is not one of the user's contacts is dropped. */
    void nameContact(UUID userId, DealForm form) {
        var contact = form.getContactId() == null ? Optional.<ContactView>empty() : contacts.find(userId, form.getContactId());
        form.setContactId(contact.map(ContactView::id).orElse(null));
        form.setContactName(contact.map(DealFormChoices::name).orElse(null));
    }

    /**
     * Settles which contact the form links: none when the name is empty, the picked one when its name
     * was left as picked, otherwise the one contact the typed name finds (or the one named exactly
     * so among several). A name that finds none, or several alike, is a field error.
     */
    void resolveContact(UUID userId, DealForm form, BindingResult errors) {
        String typed = form.getContactName() == null ? "" : form.getContactName().strip();
        var picked = form.getContactId();
        form.setContactId(null);
        if (typed.isEmpty() || errors.hasFieldErrors("contactName")) {
            return;
        }
        if (picked != null && contacts.find(userId, picked).map(DealFormChoices::name).filter(typed::equals).isPresent()) {
            form.setContactId(picked);
            return;
        }
        var query = new ContactListQuery(typed, List.of(), ContactListQuery.Sort.NAME, false,
                new PageRequest(NAME_MATCHES, 0));
        var found = contacts.list(userId, query).items();
        var exact = found.stream().filter(contact -> name(contact).equalsIgnoreCase(typed)).toList();
        if (found.size() == 1 || exact.size() == 1) {
            var match = found.size() == 1 ? found.get(0) : exact.get(0);
            form.setContactId(match.id());
            form.setContactName(name(match));
        } else {
            errors.rejectValue("contactName", found.isEmpty() ? "deal.contact.noMatch" : "deal.contact.several");
        }
    }

    /** First and last name as one, as the deal's API names its contact. */
    static String name(ContactView contact) {
        return ((contact.firstName() == null ? "" : contact.firstName()) + " "
                + (contact.lastName() == null ? "" : contact.lastName())).strip();
    }
}
