package dev.foyer.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Binds every transaction to the user it acts for, so that {@code auth.uid()} in the policies
 * returns that user. {@code set_config(..., true)} is transaction-local: at commit or rollback the
 * pooled connection forgets the user, and the next transaction on it starts as nobody.
 */
class RowLevelSecurityTransactionManager extends JdbcTransactionManager implements SmartInitializingSingleton {

    static final String BIND_USER = """
            select set_config('app.user_id', ?, true), set_config('app.user_role', ?, true)
            """;

    private final transient ObjectProvider<ActingUserResolver> resolvers;
    /**
     * Found once all beans are made: looked up again at each transaction, they were about 4 % of a
     * search's JVM CPU samples. A transaction during startup looks them up as it goes.
     */
    private transient volatile List<ActingUserResolver> ordered;

    RowLevelSecurityTransactionManager(DataSource dataSource, ObjectProvider<ActingUserResolver> resolvers) {
        super(dataSource);
        this.resolvers = resolvers;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        Optional<ActingUser> user = actingUser();
        try (var statement = connection.prepareStatement(BIND_USER)) {
            statement.setString(1, user.map(u -> u.id().toString()).orElse(""));
            statement.setString(2, user.map(ActingUser::role).orElse(""));
            statement.execute();
        }
    }

    private Optional<ActingUser> actingUser() {
        Optional<ActingUser> scoped = RowLevelSecurity.scoped();
        if (scoped.isPresent()) {
            return scoped;
        }
        return resolvers().stream()
                .map(ActingUserResolver::current)
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public void afterSingletonsInstantiated() {
        ordered = resolvers.orderedStream().toList();
    }

    private List<ActingUserResolver> resolvers() {
        List<ActingUserResolver> found = ordered;
        return found != null ? found : resolvers.orderedStream().toList();
    }
}
