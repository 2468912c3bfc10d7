package dev.foyer.web;

import dev.foyer.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether a user is signed in, for the navigation of the layout: "Devices" and
 * "Sign out" for a user, "Sign in" for a visitor.
 */
@ControllerAdvice
class SignedInAdvice {

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return CurrentUser.find().isPresent();
    }
}
