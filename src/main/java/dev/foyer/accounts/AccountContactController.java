package dev.foyer.accounts;

import java.net.URI;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The contacts of one of the signed-in user's customer accounts. */
@RestController
@RequestMapping("/api/accounts/{id}/contacts")
class AccountContactController {

    private final AccountContactService contacts;
    private final ContactPhones phones;

    AccountContactController(AccountContactService contacts, ContactPhones phones) {
        this.contacts = contacts;
        this.phones = phones;
    }

    /** Primary contact first, then by name. */
    @GetMapping
    Page<AccountContactView> list(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) Integer offset) {
        return contacts.list(CurrentUser.require().id(), id, PageRequest.of(limit, offset));
    }

    @PostMapping
    ResponseEntity<AccountContactView> add(@PathVariable UUID id, @Valid @RequestBody CreateContactRequest request,
                                           BindingResult annotations) {
        var change = RequestChecks.read(annotations, () -> request.toChange(phones));
        var contact = contacts.add(CurrentUser.require().id(), id, change);
        return ResponseEntity.created(URI.create("/api/accounts/" + id + "/contacts/" + contact.id())).body(contact);
    }

    @GetMapping("/{contactId}")
    AccountContactView get(@PathVariable UUID id, @PathVariable UUID contactId) {
        return contacts.get(CurrentUser.require().id(), id, contactId);
    }

    @PatchMapping("/{contactId}")
    AccountContactView update(@PathVariable UUID id, @PathVariable UUID contactId,
                              @Valid @RequestBody UpdateContactRequest request, BindingResult annotations) {
        var change = RequestChecks.read(annotations, () -> request.toChange(phones));
        return contacts.update(CurrentUser.require().id(), id, contactId, change);
    }

    @DeleteMapping("/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID contactId) {
        contacts.delete(CurrentUser.require().id(), id, contactId);
    }
}
