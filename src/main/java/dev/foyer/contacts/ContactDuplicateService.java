package dev.foyer.contacts;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding contacts that are the same person, and merging two of them into one. */
@Service
public class ContactDuplicateService {

    private final ContactDuplicateRepository duplicates;
    private final ContactRepository contacts;
    private final ContactService contactService;
    private final List<ContactLinks> links;

    ContactDuplicateService(ContactDuplicateRepository duplicates, ContactRepository contacts,
                            ContactService contactService, List<ContactLinks> links) {
        this.duplicates = duplicates;
        this.contacts = contacts;
        this.contactService = contactService;
        this.links = links;
    }

    @Transactional(readOnly = true)
    public Page<DuplicateGroup> list(UUID userId, PageRequest page) {
        var groups = duplicates.groups(userId, page.limit(), page.offset());
        // An empty page past the end carries no total; the first page's answer says how many there are.
        long total = groups.total() >= 0 ? groups.total()
                : page.offset() == 0 ? 0 : duplicates.groups(userId, 1, 0).total();
        return new Page<>(groups.groups(), page.offset(), page.limit(), Math.max(total, 0));
    }

    /**
     * Keeps {@code id}: fills its empty fields from the other, gives it the other's tags and what other
     * modules link to it (deals, through {@link ContactLinks}), and deletes the other. Both must be the
     * user's; otherwise nothing changes.
     */
    @Transactional
    public ContactView merge(UUID userId, UUID id, UUID otherId) {
        fold(userId, id, otherId);
        return contactService.get(userId, id);
    }

    private void fold(UUID userId, UUID id, UUID otherId) {
        if (otherId == null) {
            throw ApiException.invalid("otherId", "is required");
        }
        if (otherId.equals(id)) {
            throw ApiException.invalid("otherId", "must be another contact than the one kept");
        }
        if (duplicates.lock(userId, id, otherId) != 2) {
            throw ApiException.notFound("Contact");
        }
        duplicates.fillFrom(userId, id, otherId);
        duplicates.moveTags(userId, id, otherId);
        links.forEach(link -> link.merging(userId, otherId, id));
        contacts.delete(userId, otherId);
    }

    /**
     * Keeps {@code id} and folds each of {@code others} into it, in one transaction: one contact that
     * is not the user's refuses the lot.
     */
    @Transactional
    public ContactView mergeAll(UUID userId, UUID id, List<UUID> others) {
        if (id == null) {
            throw ApiException.invalid("keep", "is required");
        }
        // A form field left empty binds as null: it names no contact.
        var distinct = others.stream().filter(Objects::nonNull).filter(other -> !other.equals(id)).distinct().toList();
        if (distinct.isEmpty()) {
            throw ApiException.invalid("merge", "needs another contact than the one kept");
        }
        distinct.forEach(other -> fold(userId, id, other));
        return contactService.get(userId, id);
    }
}
