package dev.foyer.contacts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.api.RequestChecks;
import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's contacts, with search, tag filters, sorting and pages. */
@RestController
@RequestMapping("/api/contacts")
class ContactController {

    private final ContactService contacts;
    private final TagService tags;

    ContactController(ContactService contacts, TagService tags) {
        this.contacts = contacts;
        this.tags = tags;
    }

    @GetMapping
    Page<ContactView> list(@RequestParam(required = false) String q,
                           @RequestParam(name = "tag", required = false) List<UUID> tagIds,
                           @RequestParam(required = false, defaultValue = "name") String sort,
                           @RequestParam(required = false, defaultValue = "asc") String direction,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) Integer offset) {
        var query = new ContactListQuery(q == null ? "" : q.strip(), tagIds == null ? List.of() : tagIds,
                ContactListQuery.Sort.of(sort), ContactListQuery.descending(direction), PageRequest.of(limit, offset));
        if (query.q().length() > 200) {
            throw ApiException.invalid("q", "must be at most 200 characters");
        }
        var userId = CurrentUser.require().id();
        var page = contacts.list(userId, query);
        if (page.items().isEmpty()) {
            // Another user's tag finds nothing: it is a 404 to the API, asked only then, as the tag filter
            // is a screen to keep fast. The contacts page shows a deleted tag's bookmark as no match.
            tags.requireOwn(userId, query.tagIds());
        }
        return page;
    }

    @GetMapping("/{id}")
    ContactView get(@PathVariable UUID id) {
        return contacts.get(CurrentUser.require().id(), id);
    }

    @PostMapping
    ResponseEntity<ContactView> create(@Valid @RequestBody ContactRequest request, BindingResult annotations) {
        var created = contacts.create(CurrentUser.require().id(), RequestChecks.read(annotations, request::toNewContact));
        return ResponseEntity.created(URI.create("/api/contacts/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    ContactView update(@PathVariable UUID id, @Valid @RequestBody ContactRequest request) {
        return contacts.update(CurrentUser.require().id(), id, request.toInput());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        contacts.delete(CurrentUser.require().id(), id);
    }

    @PutMapping("/{id}/tags/{tagId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void tag(@PathVariable UUID id, @PathVariable UUID tagId) {
        tags.assign(CurrentUser.require().id(), id, tagId);
    }

    @DeleteMapping("/{id}/tags/{tagId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void untag(@PathVariable UUID id, @PathVariable UUID tagId) {
        tags.unassign(CurrentUser.require().id(), id, tagId);
    }
}
