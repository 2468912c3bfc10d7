package dev.foyer.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens signed with the server's own signing key, for tests that prove the claims are checked and
 * not only the signature: a token with the wrong audience must fail even though it is genuine.
 */
public final class ServerSignedTokens {

    private ServerSignedTokens() {
    }

    /** The server's public verification keys as a JWK set, as anyone could learn them. */
    public static String publicKeys(SigningKeys keys) {
        return keys.verificationKeys().toString();
    }

    /** ES256 with the server's active key and its {@code kid}, under the given {@code typ}. */
    public static String sign(SigningKeys keys, JOSEObjectType type, JWTClaimsSet claims) {
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(type).keyID(keys.active().getKeyID()).build();
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new ECDSASigner(keys.active()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
