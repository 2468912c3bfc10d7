package dev.foyer.contacts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's tags, with how many contacts carry each. */
@RestController
@RequestMapping("/api/tags")
class TagController {

    private final TagService tags;

    TagController(TagService tags) {
        this.tags = tags;
    }

    record TagRequest(String name, String color) {
    }

    @GetMapping
    List<TagSummary> list() {
        return tags.list(CurrentUser.require().id());
    }

    /** One tag as the list shows it. */
    @GetMapping("/{id}")
    TagSummary get(@PathVariable UUID id) {
        return tags.get(CurrentUser.require().id(), id);
    }

    @PostMapping
    ResponseEntity<Tag> create(@Valid @RequestBody TagRequest request) {
        var tag = tags.create(CurrentUser.require().id(), request.name(), request.color());
        return ResponseEntity.created(URI.create("/api/tags/" + tag.id())).body(tag);
    }

    @PatchMapping("/{id}")
    Tag update(@PathVariable UUID id, @RequestBody TagRequest request) {
        return tags.update(CurrentUser.require().id(), id, request.name(), request.color());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        tags.delete(CurrentUser.require().id(), id);
    }
}
