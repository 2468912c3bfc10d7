package dev.foyer.accounts;

import java.util.UUID;
import java.util.function.Supplier;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a customer account: email unique within the account whatever its case, at most one
 * primary contact. Every change locks the account first, so two requests that both make a contact
 * primary, or both add the same email, take turns instead of clashing on the unique indexes.
 */
@Service
public class AccountContactService {

    private static final String EMAIL_KEY = "customer_contacts_account_email_key";

    private final CustomerAccountRepository accounts;
    private final AccountContactRepository contacts;

    AccountContactService(CustomerAccountRepository accounts, AccountContactRepository contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public Page<AccountContactView> list(UUID userId, UUID accountId, PageRequest page) {
        if (accounts.find(userId, accountId).isEmpty()) {
            throw ApiException.notFound("Account");
        }
        return new Page<>(contacts.list(userId, accountId, page.limit(), page.offset()), page.offset(), page.limit(),
                contacts.count(userId, accountId));
    }

    @Transactional(readOnly = true)
    public AccountContactView get(UUID userId, UUID accountId, UUID contactId) {
        if (accounts.find(userId, accountId).isEmpty()) {
            throw ApiException.notFound("Account");
        }
        return contacts.find(userId, accountId, contactId).orElseThrow(() -> ApiException.notFound("Contact"));
    }

    @Transactional
    public AccountContactView add(UUID userId, UUID accountId, ContactChange change) {
        lockAccount(userId, accountId);
        var contact = change.withDefaults();
        if (contact.primary()) {
            contacts.unmarkPrimary(accountId);
        }
        UUID id = writing(() -> contacts.insert(accountId, contact));
        return contacts.find(userId, accountId, id).orElseThrow();
    }

    @Transactional
    public AccountContactView update(UUID userId, UUID accountId, UUID contactId, ContactChange change) {
        lockAccount(userId, accountId);
        var current = contacts.find(userId, accountId, contactId).orElseThrow(() -> ApiException.notFound("Contact"));
        var contact = change.appliedTo(current);
        if (contact.primary() && !current.isPrimary()) {
            contacts.unmarkPrimary(accountId);
        }
        writing(() -> contacts.update(accountId, contactId, contact));
        return contacts.find(userId, accountId, contactId).orElseThrow();
    }

    @Transactional
    public void delete(UUID userId, UUID accountId, UUID contactId) {
        lockAccount(userId, accountId);
        if (contacts.delete(userId, accountId, contactId) == 0) {
            throw ApiException.notFound("Contact");
        }
    }

    private void lockAccount(UUID userId, UUID accountId) {
        if (!accounts.lock(userId, accountId)) {
            throw ApiException.notFound("Account");
        }
    }

    /** A write whose only expected clash is an email already in the account: a 409 naming it. */
    private static <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(EMAIL_KEY)) {
                throw ApiException.conflict("email", "is already the email of another contact of this account");
            }
            throw e;
        }
    }
}
