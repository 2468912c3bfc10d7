package dev.foyer.identity.security;

import java.util.Optional;

import dev.foyer.database.ActingUser;
import dev.foyer.database.ActingUserResolver;
import dev.foyer.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Binds every transaction of a request to its signed-in user, for row-level security. */
@Component
class SignedInActingUserResolver implements ActingUserResolver {

    @Override
    public Optional<ActingUser> current() {
        return CurrentUser.find().map(user -> new ActingUser(user.id(), user.permission()));
    }
}
