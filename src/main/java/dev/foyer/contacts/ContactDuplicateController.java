package dev.foyer.contacts;

import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts that look like the same person, and merging them. */
@RestController
@RequestMapping("/api/contacts")
class ContactDuplicateController {

    private final ContactDuplicateService duplicates;

    ContactDuplicateController(ContactDuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    record MergeRequest(UUID otherId) {
    }

    @GetMapping("/duplicates")
    Page<DuplicateGroup> list(@RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) Integer offset) {
        return duplicates.list(CurrentUser.require().id(), PageRequest.of(limit, offset));
    }

    /** Keeps {@code id} and folds {@code otherId} into it. */
    @PostMapping("/{id}/merge")
    ContactView merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
        return duplicates.merge(CurrentUser.require().id(), id, request.otherId());
    }
}
