package dev.foyer.deals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactListQuery;
import dev.foyer.contacts.ContactService;
import dev.foyer.contacts.ContactView;
import dev.foyer.deals.StageResponse;
import dev.foyer.deals.StageService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The options of the deal form's selects: the user's stages in order, and contacts by name. The
 * contact list is one page of the contact search ({@value #CONTACT_CHOICES} names); the contact the
 * deal already has is always among them, so that saving never unlinks it.
 */
@Component
class DealFormChoices {

    static final int CONTACT_CHOICES = PageRequest.MAX_LIMIT;

    /** A contact as the select lists it. */
    record ContactChoice(UUID id, String name) {

        static ContactChoice of(ContactView contact) {
            String name = ((contact.firstName() == null ? "" : contact.firstName()) + " "
                    + (contact.lastName() == null ? "" : contact.lastName())).strip();
            return new ContactChoice(contact.id(), name);
        }
    }

    private final StageService stages;
    private final ContactService contacts;

    DealFormChoices(StageService stages, ContactService contacts) {
        this.stages = stages;
        this.contacts = contacts;
    }

    List<StageResponse> stages(UUID userId) {
        return stages.list(userId);
    }

    void addTo(Model model, UUID userId, UUID chosenContact) {
        model.addAttribute("stages", stages(userId));
        model.addAttribute("contacts", contacts(userId, chosenContact));
    }

    private List<ContactChoice> contacts(UUID userId, UUID chosen) {
        var query = new ContactListQuery("", List.of(), ContactListQuery.Sort.NAME, false,
                new PageRequest(CONTACT_CHOICES, 0));
        var choices = new ArrayList<>(contacts.list(userId, query).items().stream().map(ContactChoice::of).toList());
        if (chosen != null && choices.stream().noneMatch(choice -> choice.id().equals(chosen))
                && contacts.exists(userId, chosen)) {
            choices.add(0, ContactChoice.of(contacts.get(userId, chosen)));
        }
        return choices;
    }
}
