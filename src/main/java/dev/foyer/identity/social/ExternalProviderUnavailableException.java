package dev.foyer.identity.social;

/**
 * The provider could not be asked: unreachable, too slow, a 5xx, or an answer Foyer cannot read. The
 * token may well be good, so the caller answers 502 or 503 rather than 401. The message never contains
 * the token or the app secret.
 */
public class ExternalProviderUnavailableException extends RuntimeException {

    public ExternalProviderUnavailableException(String reason) {
        super(reason);
    }

    public ExternalProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
