package dev.foyer.identity.social;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The two Graph API calls of a Facebook sign-in, and what their failures mean: a 4xx is Facebook
 * refusing the token; anything else going wrong is Facebook being unavailable.
 *
 * <p>The request URLs carry the user's token and the app secret, so nothing may print them. Spring's
 * client exceptions quote the URL and are therefore never chained into ours; the JDK's
 * {@code HttpClient} is used because {@code HttpURLConnection} logs every request line at debug level.
 */
class FacebookGraphClient {

    private final RestClient rest;
    private final String apiVersion;

    FacebookGraphClient(URI graphBaseUrl, String apiVersion, Duration timeout) {
        var httpClient = HttpClient.newBuilder().connectTimeout(timeout).build();
        var requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(timeout);
        // Template variables are encoded strictly, so '|', '&' or '+' in a token stay inside their parameter.
        this.rest = RestClient.builder().baseUrl(graphBaseUrl.toString()).requestFactory(requestFactory).build();
        this.apiVersion = apiVersion;
    }

    DebugToken debugToken(String inputToken, String appAccessToken) {
        var response = get("debug_token", DebugTokenResponse.class,
                "/{version}/debug_token?input_token={inputToken}&access_token={accessToken}",
                apiVersion, inputToken, appAccessToken);
        if (response.data() == null) {
            throw new ExternalProviderUnavailableException("Facebook debug_token answered without data");
        }
        return response.data();
    }

    Profile me(String accessToken, String appSecretProof) {
        return get("me", Profile.class,
                "/{version}/me?fields=id,name,email,picture.type(large)&access_token={accessToken}"
                        + "&appsecret_proof={proof}",
                apiVersion, accessToken, appSecretProof);
    }

    private <T> T get(String endpoint, Class<T> type, String uriTemplate, Object... variables) {
        T body;
        try {
            body = rest.get().uri(uriTemplate, variables).retrieve().body(type);
        } catch (HttpClientErrorException e) {
            throw new InvalidExternalTokenException(
                    "Facebook refused the token on " + endpoint + " (HTTP " + e.getStatusCode().value() + ")");
        } catch (ResourceAccessException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            throw new ExternalProviderUnavailableException(
                    "Facebook Graph API unreachable on " + endpoint + " (" + cause.getClass().getSimpleName() + ")");
        } catch (RestClientException e) {
            // A 5xx, or a 2xx whose body is not the JSON we expect.
            throw new ExternalProviderUnavailableException(
                    "Facebook Graph API failed on " + endpoint + " (" + e.getClass().getSimpleName() + ")");
        }
        if (body == null) {
            throw new ExternalProviderUnavailableException("Facebook Graph API answered " + endpoint + " without a body");
        }
        return body;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DebugTokenResponse(DebugToken data) {
    }

    /** {@code expiresAt} is in epoch seconds, 0 for a token that does not expire. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DebugToken(
            @JsonProperty("is_valid") boolean valid,
            @JsonProperty("app_id") String appId,
            @JsonProperty("user_id") String userId,
            @JsonProperty("expires_at") Long expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String id, String name, String email, Picture picture) {

        String pictureUrl() {
            return picture == null || picture.data() == null ? null : picture.data().url();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Picture(PictureData data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PictureData(String url) {
    }
}
