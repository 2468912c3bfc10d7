package dev.foyer.contacts.web;

import java.util.UUID;

import dev.foyer.contacts.TagService;
import dev.foyer.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Putting a tag on a contact and taking it off, from the contact's page. Both are idempotent. */
@Controller
class ContactTagPages {

    private final TagService tags;

    ContactTagPages(TagService tags) {
        this.tags = tags;
    }

    @PostMapping("/contacts/{id}/tags")
    String add(@PathVariable UUID id, @RequestParam(required = false) UUID tagId) {
        if (tagId != null) {
            tags.assign(CurrentUser.require().id(), id, tagId);
        }
        return "redirect:/contacts/" + id;
    }

    @PostMapping("/contacts/{id}/tags/{tagId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID tagId) {
        tags.unassign(CurrentUser.require().id(), id, tagId);
        return "redirect:/contacts/" + id;
    }
}
