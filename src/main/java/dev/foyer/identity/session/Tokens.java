package dev.foyer.identity.session;

import java.util.UUID;

/** What a sign-in or a refresh hands out: a short-lived access token and the session's next refresh token. */
public record Tokens(String accessToken, String refreshToken, long expiresIn, UUID sessionId, UUID userId) {
}
