package dev.foyer.database;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes what the current transaction tells the policies, for the few flows that learn who the user
 * is halfway through a transaction: signing in (the identity or refresh token is found first, then
 * its user is bound) and maintenance. Every setting is transaction-local and gone at commit.
 */
@Component
public class TransactionSettings {

    private static final Pattern NAME = Pattern.compile("app\\.[a-z_]+");

    private final JdbcClient jdbc;

    TransactionSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** From here to the end of the transaction, {@code auth.uid()} is this user. */
    public void bindUser(ActingUser user) {
        requireTransaction();
        jdbc.sql(RowLevelSecurityTransactionManager.BIND_USER)
                .params(user.id().toString(), user.role())
                .query((rs, n) -> null).list();
    }

    /** Sets {@code app.<name>} for the rest of the transaction. */
    public void set(String name, String value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an app.* setting: " + name);
        }
        requireTransaction();
        jdbc.sql("select set_config(:name, :value, true)")
                .param("name", name)
                .param("value", value)
                .query((rs, n) -> null).list();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("settings only make sense inside a transaction");
        }
    }
}
