package dev.foyer.identity.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.identity.AccountRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own account: profile, account type, and the identities they sign in with. */
@Service
public class AccountService {

    private final AccountRepository accounts;

    AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public UserView me(UUID userId) {
        return view(userId);
    }

    @Transactional
    public UserView updateProfile(UUID userId, ProfileChange change) {
        var current = accounts.user(userId).orElseThrow(() -> ApiException.notFound("User"));
        String email = merge(current.email(), change.email());
        try {
            accounts.updateProfile(userId, merge(current.fullName(), change.fullName()),
                    email == null ? null : email.toLowerCase(Locale.ROOT), merge(current.avatarUrl(), change.avatarUrl()));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("email", "is already used by another account");
        }
        return view(userId);
    }

    /** Seed 001: the account type is chosen once, never admin; until then role-gated endpoints refuse. */
    @Transactional
    public UserView chooseRole(UUID userId, String role) {
        var chosen = AccountRole.parse(role).filter(AccountRole::selectable)
                .orElseThrow(() -> ApiException.invalid("role",
                        "must be one of creator, agency, brand, gifter, realtor, client"));
        var current = accounts.user(userId).orElseThrow(() -> ApiException.notFound("User"));
        if (current.role() != null) {
            throw ApiException.conflict("role", "has already been chosen; an admin can change it");
        }
        accounts.setRole(userId, chosen.value());
        return view(userId);
    }

    /** Adds a way of signing in; one that already belongs to another account is a conflict. */
    @Transactional
    public UserView link(UUID userId, String provider, String providerId, String email) {
        var mine = accounts.identities(userId).stream()
                .anyMatch(i -> i.provider().equals(provider) && i.providerId().equals(providerId));
        if (!mine) {
            try {
                accounts.addIdentity(userId, provider, providerId, email);
            } catch (DuplicateKeyException e) {
                throw ApiException.conflict("identity", "This " + provider + " sign-in belongs to another account");
            }
        }
        return view(userId);
    }

    /** Removes a way of signing in, never the last one: the account must stay reachable. */
    @Transactional
    public UserView unlink(UUID userId, UUID identityId) {
        var identities = accounts.identities(userId);
        if (identities.stream().noneMatch(i -> i.id().equals(identityId))) {
            throw ApiException.notFound("Identity");
        }
        if (identities.size() == 1) {
            throw ApiException.conflict("identity", "This is the only way to sign in to the account; add another first");
        }
        accounts.deleteIdentity(userId, identityId);
        return view(userId);
    }

    UserView view(UUID userId) {
        var row = accounts.user(userId).orElseThrow(() -> ApiException.notFound("User"));
        return view(row, accounts.identities(userId));
    }

    static UserView view(AccountRepository.UserRow row, List<UserView.IdentityView> identities) {
        return new UserView(row.id(), row.fullName(), row.email(), row.avatarUrl(), row.role(), row.role() == null,
                row.permission(), row.disabled(), row.createdAt(), identities);
    }

    static String merge(String current, String change) {
        if (change == null) {
            return current;
        }
        return change.isBlank() ? null : change.strip();
    }
}
