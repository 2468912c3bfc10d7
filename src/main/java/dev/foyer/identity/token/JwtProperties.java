package dev.foyer.identity.token;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are signed and checked.
 *
 * @param issuer         the {@code iss} of every access token
 * @param audience       the {@code aud} of every access token
 * @param accessTokenTtl how long an access token works
 * @param keys           a JWK set of EC P-256 private keys (JSON); the first, or {@code activeKeyId},
 *                       signs and all of them verify, so a key is rotated by adding the new one first
 *                       and removing the old one after an access token's lifetime
 * @param activeKeyId    the {@code kid} of the key that signs; blank for the first key
 * @param keyFile        where a single server keeps a generated key when {@code keys} is blank
 */
@ConfigurationProperties("foyer.identity.jwt")
public record JwtProperties(
        @DefaultValue("foyer") String issuer,
        @DefaultValue("foyer-api") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        String keys,
        String activeKeyId,
        @DefaultValue("data/keys/jwt-signing-keys.json") Path keyFile) {
}
