package dev.foyer.identity.web;

import dev.foyer.identity.signin.SignInResult;

/**
 * Where a browser goes once signed in: a user who has not chosen an account type chooses it first;
 * everyone else lands on the dashboard, the CRM's front page.
 */
final class SignInLanding {

    static final String HOME = "/dashboard";

    private SignInLanding() {
    }

    static String after(SignInResult result) {
        return result.user().roleRequired() ? "redirect:" + RolePages.PATH : "redirect:" + HOME;
    }
}
