package dev.foyer.web;

import dev.foyer.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether a user is signed in, and with which account type, for the navigation of
 * the layout: "Devices" and "Sign out" for a user, "Clients" for a realtor, "Invitations" for a
 * client (or someone who has not chosen yet), "Sign in" for a visitor.
 */
@ControllerAdvice
class SignedInAdvice {

    @ModelAttribute("signedIn")
    boolean signedIn() {
        return CurrentUser.find().isPresent();
    }

    /** The account type's value ({@code realtor}, {@code client}, ...), or {@code none} until chosen. */
    @ModelAttribute("accountType")
    String accountType() {
        return CurrentUser.find().map(user -> user.role() == null ? "none" : user.role().value()).orElse("none");
    }
}
