package dev.foyer.identity.web;

import dev.foyer.identity.signin.SignInResult;

/** Where a browser goes once signed in: a user who has not chosen an account type chooses it first. */
final class SignInLanding {

    private SignInLanding() {
    }

    static String after(SignInResult result) {
        return result.user().roleRequired() ? "redirect:" + RolePages.PATH : "redirect:/";
    }
}
