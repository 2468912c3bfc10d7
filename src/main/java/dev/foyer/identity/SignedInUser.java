package dev.foyer.identity;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;

/**
 * Who a request acts for: the user, the device session its access token belongs to, the account
 * type (null until chosen) and the permission level of the profile ({@code user}, {@code standard},
 * {@code support}, {@code admin}).
 */
public record SignedInUser(UUID id, UUID sessionId, AccountRole role, String permission) {

    public boolean isAdmin() {
        return "admin".equals(permission);
    }

    public boolean isSupport() {
        return "support".equals(permission) || isAdmin();
    }

    /** Refuses, with a problem a client can act on, until the user has chosen one of these roles. */
    public void requireRole(AccountRole... allowed) {
        if (role == null) {
            throw new ApiException(ProblemType.ROLE_REQUIRED, "Choose an account type first (PUT /api/me/role)");
        }
        for (AccountRole r : allowed) {
            if (r == role) {
                return;
            }
        }
        throw new ApiException(ProblemType.FORBIDDEN, "This needs the account type " + describe(allowed));
    }

    private static String describe(AccountRole[] roles) {
        var names = new StringBuilder();
        for (int i = 0; i < roles.length; i++) {
            names.append(i == 0 ? "" : i == roles.length - 1 ? " or " : ", ").append(roles[i].value());
        }
        return names.toString();
    }
}
