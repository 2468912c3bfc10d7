package dev.foyer.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's side of an invitation. Any signed-in user may have been invited, whatever account
 * type they chose, or none yet: accepting makes a user without one a client.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    /** The invitations waiting for an answer; those sent to the user's phones are claimed first. */
    @GetMapping
    List<InvitationView> pending() {
        return invitations.pending(CurrentUser.require().id());
    }

    /** Answers the id of the onboarding form the client now fills in. */
    @PostMapping("/{id}/accept")
    Map<String, UUID> accept(@PathVariable UUID id) {
        return Map.of("onboardingId", invitations.accept(CurrentUser.require().id(), id));
    }

    @PostMapping("/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable UUID id) {
        invitations.decline(CurrentUser.require().id(), id);
    }
}
