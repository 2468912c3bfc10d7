package dev.foyer;

import java.util.UUID;
import java.util.function.Supplier;

import dev.foyer.database.ActingUser;
import dev.foyer.database.RowLevelSecurity;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes users and runs work as them, through the application role and its row-level security,
 * exactly as the server does.
 */
@TestComponent
public class TestUsers {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public TestUsers(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A new user (and, by the signup trigger, its profile) with permission level {@code user}. */
    public ActingUser create() {
        return create("user");
    }

    /** A new user whose profile has the given permission level: user, standard, support or admin. */
    public ActingUser create(String profileRole) {
        var user = new ActingUser(UUID.randomUUID(), profileRole);
        inTransactionAs(user, () -> {
            jdbc.sql("insert into users (id, full_name) values (:id, :name)")
                    .param("id", user.id())
                    .param("name", "Test " + user.id().toString().substring(0, 8))
                    .update();
            return null;
        });
        if (!"user".equals(profileRole)) {
            var admin = new ActingUser(user.id(), "admin");
            inTransactionAs(admin, () -> jdbc.sql("update profiles set role = :role::profile_role where id = :id")
                    .param("role", profileRole)
                    .param("id", user.id())
                    .update());
        }
        return user;
    }

    /** Runs the work in one transaction bound to the user, as a request of that user would. */
    public <T> T inTransactionAs(ActingUser user, Supplier<T> work) {
        return RowLevelSecurity.callAs(user, () -> transactions.execute(status -> work.get()));
    }

    public void runAs(ActingUser user, Runnable work) {
        inTransactionAs(user, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work in a transaction bound to nobody. */
    public <T> T inTransactionAsNobody(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
