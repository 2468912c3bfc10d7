package dev.foyer.identity.otp;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Phone sign-in codes and their throttles.
 *
 * @param secret             the key codes are hashed with (HMAC-SHA256); servers side by side share it
 * @param secretFile         where a single server keeps a generated key when {@code secret} is blank
 * @param codeTtl            how long a code works
 * @param resendInterval     the least time between two codes to one phone
 * @param maxPerPhonePerHour codes one phone may be sent in an hour
 * @param maxPerAddress      codes one client address may ask for within {@code addressWindow}
 * @param addressWindow      the window of {@code maxPerAddress}
 * @param maxAttempts        wrong tries a code survives; then it is dead
 */
@ConfigurationProperties("foyer.identity.otp")
public record OtpProperties(
        String secret,
        @DefaultValue("data/keys/otp-secret") Path secretFile,
        @DefaultValue("5m") Duration codeTtl,
        @DefaultValue("60s") Duration resendInterval,
        @DefaultValue("5") int maxPerPhonePerHour,
        @DefaultValue("30") int maxPerAddress,
        @DefaultValue("5m") Duration addressWindow,
        @DefaultValue("5") int maxAttempts) {
}
