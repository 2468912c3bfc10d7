package dev.foyer.bench;

import java.util.UUID;

/**
 * A user signed in through the real API (code request, the code from the fake Twilio, verify),
 * whose access token every load client shares: one user at 16 concurrent requests, as from several
 * tabs and devices (Foyer allows five devices a user, so they share a session). An access token
 * lives 15 minutes; a client refused with 401 renews it once for all.
 */
final class CrmSession {

    private final FoyerApi api;
    private final UUID userId;
    private volatile String accessToken;
    private String refreshToken;

    private CrmSession(FoyerApi api, UUID userId, String accessToken, String refreshToken) {
        this.api = api;
        this.userId = userId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    /** Signs in with the phone; {@code userAddress} goes in X-Forwarded-For, so the per-address throttle counts it. */
    static CrmSession signIn(FoyerApi api, FakeTwilio twilio, String phone, String userAddress) {
        FoyerApi.Reply sent = api.requestCode(phone, userAddress);
        if (!sent.is(202)) {
            throw new IllegalStateException("Code request for " + phone + " answered HTTP " + sent.status());
        }
        String code = twilio.takeCode(phone);
        if (code == null) {
            throw new IllegalStateException("No SMS reached the fake Twilio for " + phone);
        }
        FoyerApi.Reply verified = api.verify(phone, code);
        if (!verified.is(200)) {
            throw new IllegalStateException("Verification for " + phone + " answered HTTP " + verified.status());
        }
        return new CrmSession(api, UUID.fromString(verified.field("user", "id")), verified.field("accessToken"),
                verified.field("refreshToken"));
    }

    UUID userId() {
        return userId;
    }

    String accessToken() {
        return accessToken;
    }

    /** A fresh access token, unless another client renewed the refused one already. */
    synchronized void renew(String refused) {
        if (!refused.equals(accessToken)) {
            return;
        }
        FoyerApi.Reply reply = api.refresh(refreshToken);
        if (!reply.is(200)) {
            throw new IllegalStateException("Refreshing the session answered HTTP " + reply.status());
        }
        refreshToken = reply.field("refreshToken");
        accessToken = reply.field("accessToken");
    }
}
