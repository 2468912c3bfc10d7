package dev.foyer.identity.signin;

import dev.foyer.identity.account.UserView;
import dev.foyer.identity.session.Tokens;

/** A successful sign-in: the session's tokens and the user, who may be new. */
public record SignInResult(Tokens tokens, UserView user, boolean newUser) {
}
