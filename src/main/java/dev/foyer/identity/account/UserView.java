package dev.foyer.identity.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as the API shows it: profile, account type ({@code role}, null until chosen, with
 * {@code roleRequired} saying so), permission level, and the ways the user signs in.
 */
public record UserView(UUID id, String fullName, String email, String avatarUrl, String role, boolean roleRequired,
                       String permission, boolean disabled, Instant createdAt, List<IdentityView> identities) {

    /** One way of signing in: a phone number, a Google or a Facebook account. */
    public record IdentityView(UUID id, String provider, String providerId, String email, Instant createdAt) {
    }
}
