package dev.foyer.identity.token;

import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.stereotype.Component;

/**
 * The EC P-256 keys access tokens are signed with (ES256): from configuration, or generated once
 * and kept in the data directory. One signs; all verify.
 */
@Component
public class SigningKeys {

    private final ECKey active;
    private final JWKSet verification;

    SigningKeys(JwtProperties properties) {
        JWKSet set = parse(properties.keys() == null || properties.keys().isBlank()
                ? LocalSecrets.loadOrCreate(properties.keyFile(), SigningKeys::generate)
                : properties.keys());
        List<ECKey> keys = set.getKeys().stream()
                .filter(k -> k instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && ec.isPrivate())
                .map(ECKey.class::cast)
                .toList();
        if (keys.isEmpty() || keys.size() != set.getKeys().size()) {
            throw new IllegalStateException("foyer.identity.jwt.keys must hold EC P-256 private keys only");
        }
        String activeId = properties.activeKeyId();
        this.active = activeId == null || activeId.isBlank() ? keys.get(0) : keys.stream()
                .filter(k -> activeId.equals(k.getKeyID())).findFirst()
                .orElseThrow(() -> new IllegalStateException("foyer.identity.jwt.active-key-id " + activeId
                        + " is not among foyer.identity.jwt.keys"));
        this.verification = new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList());
    }

    ECKey active() {
        return active;
    }

    JWKSet verificationKeys() {
        return verification;
    }

    /** A new key set holding one fresh key, as JSON: also what an operator puts in FOYER_JWT_KEYS. */
    public static String generate() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
            return new JWKSet(key).toString(false);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an EC key", e);
        }
    }

    private static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("foyer.identity.jwt.keys is not a JWK set: " + e.getMessage());
        }
    }
}
