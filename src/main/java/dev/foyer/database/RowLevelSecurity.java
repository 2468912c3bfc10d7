package dev.foyer.database;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work on behalf of a user outside a web request: background jobs, demo data, tests. Every
 * transaction started inside the work is bound to that user; an explicit binding wins over the
 * signed-in principal.
 */
public final class RowLevelSecurity {

    private static final ThreadLocal<ActingUser> SCOPED = new ThreadLocal<>();

    private RowLevelSecurity() {
    }

    public static <T> T callAs(ActingUser user, Supplier<T> work) {
        ActingUser previous = SCOPED.get();
        SCOPED.set(user);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }

    public static void runAs(ActingUser user, Runnable work) {
        callAs(user, () -> {
            work.run();
            return null;
        });
    }

    static Optional<ActingUser> scoped() {
        return Optional.ofNullable(SCOPED.get());
    }
}
