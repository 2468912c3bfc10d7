package dev.foyer.contacts;

import java.sql.SQLException;

import javax.sql.DataSource;

import dev.foyer.TestUsers;
import dev.foyer.database.ActingUser;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** How search_contacts_page() read a page, as it says at debug level to the session that called it. */
final class SearchPageDebug {

    private static final String PREFIX = "search_contacts_page: ";

    private SearchPageDebug() {
    }

    /** {@code call} is a whole statement that calls search_contacts_page() once, as the user. */
    static String howRead(TestUsers users, DataSource dataSource, ActingUser user, String call) {
        return users.inTransactionAs(user, () -> {
            try (var statement = DataSourceUtils.getConnection(dataSource).createStatement()) {
                statement.execute("set local client_min_messages = debug1");
                statement.execute(call);
                for (var warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                    if (warning.getMessage().startsWith(PREFIX)) {
                        return warning.getMessage().substring(PREFIX.length());
                    }
                }
                return "silent";
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
