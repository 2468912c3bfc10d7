package dev.foyer.identity;

import java.util.Optional;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for services and controllers of every module. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return find().orElseThrow(() -> new ApiException(ProblemType.UNAUTHORIZED, "Sign in first"));
    }
}
