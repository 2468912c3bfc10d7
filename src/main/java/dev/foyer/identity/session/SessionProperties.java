package dev.foyer.identity.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Device sessions and their refresh tokens.
 *
 * @param refreshTokenTtl  how long a refresh token works after it was issued (each refresh issues a new one)
 * @param maxDevices       sessions a user may hold; signing in on one more device ends the oldest
 * @param reuseGrace       how long a just-rotated refresh token is refused without ending the session,
 *                         for the client that raced itself; a reuse after that ends the session
 */
@ConfigurationProperties("foyer.identity.sessions")
public record SessionProperties(
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("5") int maxDevices,
        @DefaultValue("10s") Duration reuseGrace) {
}
