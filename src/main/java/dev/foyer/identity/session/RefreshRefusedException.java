package dev.foyer.identity.session;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;

/**
 * A refresh token that does not buy new tokens. {@link #justRotated()} tells the client that raced
 * itself (the token was exchanged a moment ago, the session lives on) from one that lost its session.
 */
public class RefreshRefusedException extends ApiException {

    private final boolean justRotated;

    RefreshRefusedException(String detail, boolean justRotated) {
        super(ProblemType.INVALID_CREDENTIALS, detail);
        this.justRotated = justRotated;
    }

    public boolean justRotated() {
        return justRotated;
    }
}
