package dev.foyer.identity.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.AccountRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with users (seed 003): view and update any profile, change account type and
 * permission level, disable. Support views. Row-level security lets admins and support read every
 * profile; only admins' writes pass.
 */
@Service
public class AdminUserService {

    private static final Set<String> PERMISSIONS = Set.of("user", "standard", "support", "admin");

    private final AccountRepository accounts;
    private final AccountService account;

    AdminUserService(AccountRepository accounts, AccountService account) {
        this.accounts = accounts;
        this.account = account;
    }

    @Transactional(readOnly = true)
    public Page<UserView> search(String query, PageRequest page) {
        String q = query == null ? "" : query.strip();
        var rows = accounts.search(q, page.limit(), page.offset());
        var identities = accounts.identities(rows.stream().map(AccountRepository.UserRow::id).toList());
        var views = rows.stream().map(r -> AccountService.view(r, identities.getOrDefault(r.id(), List.of()))).toList();
        return new Page<>(views, page.offset(), page.limit(), accounts.count(q));
    }

    @Transactional(readOnly = true)
    public UserView get(UUID userId) {
        return account.view(userId);
    }

    /** The same change a user makes to their own profile; row-level security lets only admins make it for others. */
    @Transactional
    public UserView updateProfile(UUID userId, ProfileChange change) {
        return account.updateProfile(userId, change);
    }

    @Transactional
    public UserView setRole(UUID userId, String role) {
        var chosen = AccountRole.parse(role).orElseThrow(() -> ApiException.invalid("role",
                "must be one of creator, agency, brand, gifter, admin, realtor, client"));
        requireExists(userId);
        accounts.setRole(userId, chosen.value());
        return account.view(userId);
    }

    @Transactional
    public UserView setPermission(UUID userId, String permission) {
        if (permission == null || !PERMISSIONS.contains(permission)) {
            throw ApiException.invalid("permission", "must be one of user, standard, support, admin");
        }
        requireExists(userId);
        accounts.setPermission(userId, permission);
        return account.view(userId);
    }

    /** A disabled user's sessions end and no access token of theirs works any more. */
    @Transactional
    public UserView setDisabled(UUID userId, boolean disabled) {
        requireExists(userId);
        accounts.setDisabled(userId, disabled);
        if (disabled) {
            accounts.endAllSessions(userId);
        }
        return account.view(userId);
    }

    private void requireExists(UUID userId) {
        accounts.user(userId).orElseThrow(() -> ApiException.notFound("User"));
    }
}
