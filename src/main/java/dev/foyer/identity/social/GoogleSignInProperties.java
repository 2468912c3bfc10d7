package dev.foyer.identity.social;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with Google. Off until at least one client id is configured.
 *
 * @param clientIds the OAuth client ids (web, Android, iOS) whose ID tokens Foyer accepts as audience
 * @param jwksUri   where Google publishes its signing keys
 * @param issuers   the accepted {@code iss} values; Google uses both forms
 * @param clockSkew how far Foyer's clock and Google's may disagree on {@code exp} and {@code iat}
 */
@ConfigurationProperties("foyer.identity.google")
public record GoogleSignInProperties(
        @DefaultValue List<String> clientIds,
        @DefaultValue("https://www.googleapis.com/oauth2/v3/certs") URI jwksUri,
        @DefaultValue({"https://accounts.google.com", "accounts.google.com"}) List<String> issuers,
        @DefaultValue("60s") Duration clockSkew) {

    public GoogleSignInProperties {
        clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }

    public boolean enabled() {
        return !clientIds.isEmpty();
    }
}
