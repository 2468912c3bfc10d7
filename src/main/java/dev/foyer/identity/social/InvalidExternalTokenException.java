package dev.foyer.identity.social;

/**
 * The token is not one Foyer accepts: forged, expired, issued for another application, or the
 * provider said no. The caller answers 401. The message is a short reason, safe to log and to show;
 * it never contains the token.
 */
public class InvalidExternalTokenException extends RuntimeException {

    public InvalidExternalTokenException(String reason) {
        super(reason);
    }
}
