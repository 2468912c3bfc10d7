package dev.foyer.identity.session;

import java.util.List;
import java.util.UUID;

import dev.foyer.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's device sessions. */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    record Ended(int ended) {
    }

    @GetMapping
    List<SessionView> list() {
        var user = CurrentUser.require();
        return sessions.list(user.id(), user.sessionId());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable UUID id) {
        sessions.end(CurrentUser.require().id(), id);
    }

    /** "Sign out everywhere else". */
    @PostMapping("/end-others")
    Ended endOthers() {
        var user = CurrentUser.require();
        return new Ended(sessions.endOthers(user.id(), user.sessionId()));
    }
}
