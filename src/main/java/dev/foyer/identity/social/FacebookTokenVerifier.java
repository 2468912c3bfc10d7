package dev.foyer.identity.social;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Verifies a Facebook user access token: Facebook's {@code debug_token} must say it is valid, issued
 * for Foyer's app, to a user, and not expired; then the profile is read with the token itself.
 */
@Component
public class FacebookTokenVerifier {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final FacebookSignInProperties properties;
    private final Clock clock;
    private final FacebookGraphClient graph;

    @Autowired
    public FacebookTokenVerifier(FacebookSignInProperties properties, Clock clock) {
        this(properties, clock, TIMEOUT);
    }

    FacebookTokenVerifier(FacebookSignInProperties properties, Clock clock, Duration timeout) {
        this.properties = properties;
        this.clock = clock;
        this.graph = new FacebookGraphClient(properties.graphBaseUrl(), properties.apiVersion(), timeout);
    }

    /** Whether Facebook sign-in is configured; when not, every token is rejected. */
    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * @throws InvalidExternalTokenException        when Facebook does not vouch for the token for Foyer's app
     * @throws ExternalProviderUnavailableException when the Graph API cannot be reached or gives no usable answer
     */
    public ExternalIdentity verify(String accessToken) {
        if (!enabled()) {
            throw new InvalidExternalTokenException("Facebook sign-in is not enabled");
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new InvalidExternalTokenException("Facebook access token missing");
        }
        var token = graph.debugToken(accessToken, properties.appId() + "|" + properties.appSecret());
        requireUsable(token);
        var profile = graph.me(accessToken, appSecretProof(accessToken));
        if (!token.userId().equals(profile.id())) {
            throw new InvalidExternalTokenException("Facebook profile belongs to another user than the token");
        }
        return new ExternalIdentity(ExternalIdentity.FACEBOOK, profile.id(), profile.email(), profile.name(),
                profile.pictureUrl());
    }

    private void requireUsable(FacebookGraphClient.DebugToken token) {
        if (!token.valid()) {
            throw new InvalidExternalTokenException("Facebook says the token is not valid");
        }
        if (!properties.appId().equals(token.appId())) {
            throw new InvalidExternalTokenException("Facebook token issued for another app");
        }
        if (token.userId() == null || token.userId().isBlank()) {
            throw new InvalidExternalTokenException("Facebook token belongs to no user");
        }
        if (token.expiresAt() == null) {
            throw new InvalidExternalTokenException("Facebook token has no expiry time");
        }
        if (token.expiresAt() != 0 && !Instant.ofEpochSecond(token.expiresAt()).isAfter(clock.instant())) {
            throw new InvalidExternalTokenException("Facebook token expired");
        }
    }

    // Proves to Facebook that the call comes from the app's server, as apps with "Require App Secret"
    // demand; harmless for apps without it.
    private String appSecretProof(String accessToken) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
