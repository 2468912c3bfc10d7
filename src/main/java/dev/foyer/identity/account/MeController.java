package dev.foyer.identity.account;

import dev.foyer.api.ApiException;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.session.SessionService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account. */
@RestController
@RequestMapping("/api/me")
class MeController {

    private final AccountService accounts;
    private final SessionService sessions;

    MeController(AccountService accounts, SessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Name, email and avatar; an empty string clears a field, a missing one leaves it. The role and
     * permission are named here only to refuse them: they change elsewhere.
     */
    record ProfilePatch(
            @Size(max = 255) String fullName,
            @Email(message = "must be an email address") @Size(max = 320) String email,
            @Size(max = 2048) @Pattern(regexp = "^$|^https?://\\S+$", message = "must be an http or https URL")
            String avatarUrl,
            String role,
            String permission) {

        ProfileChange toChange() {
            if (role != null) {
                throw ApiException.invalid("role", "cannot be changed here; choose it with PUT /api/me/role");
            }
            if (permission != null) {
                throw ApiException.invalid("permission", "is changed by an admin only");
            }
            return new ProfileChange(fullName, email, avatarUrl);
        }
    }

    record RoleChoice(@NotBlank String role) {
    }

    /** The user with the account type just chosen, and an access token that carries the change. */
    record RoleChosen(UserView user, String accessToken, long expiresIn) {
    }

    @GetMapping
    UserView me() {
        return accounts.me(CurrentUser.require().id());
    }

    @PatchMapping
    UserView update(@Valid @RequestBody ProfilePatch patch) {
        return accounts.updateProfile(CurrentUser.require().id(), patch.toChange());
    }

    @PutMapping("/role")
    RoleChosen chooseRole(@Valid @RequestBody RoleChoice choice) {
        var me = CurrentUser.require();
        var user = accounts.chooseRole(me.id(), choice.role());
        String accessToken = sessions.reissueAccessToken(me.id(), me.sessionId());
        return new RoleChosen(user, accessToken, sessions.accessTokenLifetime().toSeconds());
    }
}
