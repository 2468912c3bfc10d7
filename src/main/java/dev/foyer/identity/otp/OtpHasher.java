package dev.foyer.identity.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.foyer.identity.token.LocalSecrets;
import org.springframework.stereotype.Component;

/**
 * A code is stored as HMAC-SHA256 under a server secret, over the code's own id and phone as well:
 * a million possible codes would fall to a plain hash at once, and a stored hash proves nothing for
 * any other request.
 */
@Component
class OtpHasher {

    private final SecretKeySpec key;

    OtpHasher(OtpProperties properties) {
        String secret = properties.secret() == null || properties.secret().isBlank()
                ? LocalSecrets.loadOrCreate(properties.secretFile(), OtpHasher::newSecret)
                : properties.secret();
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String hash(UUID otpId, String phone, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((otpId + ":" + phone + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    boolean matches(String storedHash, UUID otpId, String phone, String code) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(otpId, phone, code).getBytes(StandardCharsets.US_ASCII));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
