package dev.foyer.accounts;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting a user's customer accounts (seed 002). The database
 * stamps who created and who last changed an account; deleting one takes its contacts with it.
 */
@Service
public class CustomerAccountService {

    private final CustomerAccountRepository accounts;
    private final AccountContactRepository contacts;

    CustomerAccountService(CustomerAccountRepository accounts, AccountContactRepository contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @Transactional
    public AccountView create(UUID userId, AccountChange change) {
        UUID id = accounts.insert(userId, change.withDefaults());
        return get(userId, id);
    }

    /** The account with the first page of its contacts, primary contact first; the rest are paged apart. */
    @Transactional(readOnly = true)
    public AccountView get(UUID userId, UUID id) {
        var account = accounts.find(userId, id).orElseThrow(() -> ApiException.notFound("Account"));
        return account.withFirstContacts(contacts.list(userId, id, PageRequest.DEFAULT_LIMIT, 0));
    }

    @Transactional
    public AccountView update(UUID userId, UUID id, AccountChange change) {
        if (!accounts.lock(userId, id)) {
            throw ApiException.notFound("Account");
        }
        var current = accounts.find(userId, id).orElseThrow();
        accounts.update(userId, id, change.appliedTo(current));
        return get(userId, id);
    }

    @Transactional
    public void delete(UUID userId, UUID id) {
        if (accounts.delete(userId, id) == 0) {
            throw ApiException.notFound("Account");
        }
    }
}
