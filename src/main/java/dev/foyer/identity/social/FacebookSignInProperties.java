package dev.foyer.identity.social;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with Facebook. Off until both the app id and the app secret are configured.
 *
 * @param appId        the Facebook app whose user access tokens Foyer accepts
 * @param appSecret    that app's secret; sent only to the Graph API, never logged
 * @param graphBaseUrl the Graph API
 * @param apiVersion   the Graph API version in every request path
 */
@ConfigurationProperties("foyer.identity.facebook")
public record FacebookSignInProperties(
        String appId,
        String appSecret,
        @DefaultValue("https://graph.facebook.com") URI graphBaseUrl,
        @DefaultValue("v21.0") String apiVersion) {

    public boolean enabled() {
        return appId != null && !appId.isBlank() && appSecret != null && !appSecret.isBlank();
    }

    // A record prints its components; this one holds a secret.
    @Override
    public String toString() {
        return "FacebookSignInProperties[appId=" + appId + ", graphBaseUrl=" + graphBaseUrl
                + ", apiVersion=" + apiVersion + "]";
    }
}
