package dev.foyer.contacts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.identity.phone.PhoneNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's contacts (seed 004). At least one of first or last name; the phone is kept as typed and
 * normalised beside it for search. Every query is scoped to the user, and row-level security
 * scopes it again.
 */
@Service
public class ContactService {

    /**
     * Counting stops past this many matches (or past the page, if it lies further): the count
     * otherwise reads every match, 30,000 for a common three-letter search.
     */
    static final int COUNT_CEILING = 1_000;

    private final ContactRepository contacts;
    private final PhoneNumbers phones;
    private final List<ContactLinks> links;

    ContactService(ContactRepository contacts, PhoneNumbers phones, List<ContactLinks> links) {
        this.contacts = contacts;
        this.phones = phones;
        this.links = links;
    }

    /**
     * A page of the contacts that match, with their total. The total of all the user's contacts is
     * exact; a search's or a tag's stops past {@link #COUNT_CEILING} (or past the page), and then it is
     * that ceiling and says it is capped. A search that found more than a full page early on is not
     * counted at all: its total is the page's end, capped. A search typed as a phone number looks
     * for its digits ({@link PhoneNumbers#searchText}).
     */
    @Transactional(readOnly = true)
    public Page<ContactView> list(UUID userId, ContactListQuery asked) {
        var query = asked.searching(phones.searchText(asked.q()));
        var page = query.page();
        long ceiling = Math.max(COUNT_CEILING, (long) page.offset() + page.limit());
        var found = contacts.page(userId, query, ceiling + 1);
        var items = found.items();
        if (query.everyContact()) {
            long total = items.isEmpty() ? contacts.countEveryContact(userId) : found.matches().orElseThrow();
            return new Page<>(items, page.offset(), page.limit(), total);
        }
        // A short page is the last one and tells the total itself.
        if (items.size() < page.limit() && (!items.isEmpty() || page.offset() == 0)) {
            return new Page<>(items, page.offset(), page.limit(), page.offset() + items.size());
        }
        if (found.matches().isEmpty()) {
            // A search that found more than this page without counting them.
            return new Page<>(items, page.offset(), page.limit(), page.offset() + items.size(), true);
        }
        long matches = items.isEmpty() ? contacts.count(userId, query, ceiling + 1) : found.matches().getAsLong();
        return new Page<>(items, page.offset(), page.limit(), Math.min(matches, ceiling), matches > ceiling);
    }

    /** How many contacts the user has, exactly, from the count triggers keep (V16). */
    @Transactional(readOnly = true)
    public long count(UUID userId) {
        return contacts.countEveryContact(userId);
    }

    @Transactional(readOnly = true)
    public ContactView get(UUID userId, UUID id) {
        return find(userId, id).orElseThrow(() -> ApiException.notFound("Contact"));
    }

    /** The user's contact, or empty for an id that is not one of theirs. */
    @Transactional(readOnly = true)
    public Optional<ContactView> find(UUID userId, UUID id) {
        return contacts.find(userId, id);
    }

    @Transactional
    public ContactView create(UUID userId, ContactInput input) {
        var clean = clean(input);
        requireName(clean);
        UUID id = contacts.insert(userId, clean, normalisedPhone(clean.phone()));
        return get(userId, id);
    }

    /**
     * Changes the fields given; an empty string clears one. The row is held before it is read: every
     * column is written back, so a change read before another (an edit, a merge filling the email)
     * committed would put the old values back.
     */
    @Transactional
    public ContactView update(UUID userId, UUID id, ContactInput change) {
        if (!contacts.lock(userId, id)) {
            throw ApiException.notFound("Contact");
        }
        var current = get(userId, id);
        var merged = clean(new ContactInput(
                merge(current.firstName(), change.firstName()), merge(current.lastName(), change.lastName()),
                merge(current.email(), change.email()), merge(current.phone(), change.phone()),
                merge(current.company(), change.company()), merge(current.jobTitle(), change.jobTitle()),
                merge(current.notes(), change.notes())));
        requireName(merged);
        contacts.update(userId, id, merged, normalisedPhone(merged.phone()));
        return get(userId, id);
    }

    /** What links to the contact is told first (see {@link ContactLinks}), then the contact goes. */
    @Transactional
    public void delete(UUID userId, UUID id) {
        if (!contacts.lockForDelete(userId, id)) {
            throw ApiException.notFound("Contact");
        }
        links.forEach(link -> link.deleting(userId, id));
        contacts.delete(userId, id);
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID userId, UUID id) {
        return contacts.exists(userId, id);
    }

    String normalisedPhone(String phone) {
        return phone == null ? null : blankToNull(phones.normaliseForSearch(phone));
    }

    static void requireName(ContactInput c) {
        if (c.firstName() == null && c.lastName() == null) {
            throw ApiException.invalid("firstName", "or lastName is required");
        }
    }

    static ContactInput clean(ContactInput c) {
        return new ContactInput(blankToNull(c.firstName()), blankToNull(c.lastName()),
                c.email() == null || c.email().isBlank() ? null : c.email().strip().toLowerCase(java.util.Locale.ROOT),
                blankToNull(c.phone()), blankToNull(c.company()), blankToNull(c.jobTitle()), blankToNull(c.notes()));
    }

    private static String merge(String current, String change) {
        return change == null ? current : change;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
