package dev.foyer.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Foyer uses: the embedded one, or the one {@code DATABASE_URL} names,
 * checked for reachability before anything else starts so that a bad set-up fails in one line.
 */
final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final DatabaseLocation location;
    private final EmbeddedDatabase embedded;

    private DatabaseServer(DatabaseLocation location, EmbeddedDatabase embedded) {
        this.location = location;
        this.embedded = embedded;
    }

    static DatabaseServer from(FoyerDatabaseProperties properties) {
        if (properties.isEmbedded()) {
            var embedded = EmbeddedDatabase.start(properties.embedded(), properties.appUser());
            return new DatabaseServer(embedded.location(), embedded);
        }
        var url = DatabaseUrl.parse(properties.url());
        var appUser = Identifiers.requireSimple(properties.appUser(), "DATABASE_APP_USER");
        var location = new DatabaseLocation(url.jdbcUrl(), url.user(), url.password(), appUser,
                properties.appPassword(), "PostgreSQL at " + url.describe());
        checkReachable(url, location);
        log.info("Using {}", location.description());
        return new DatabaseServer(location, null);
    }

    DatabaseLocation location() {
        return location;
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static void checkReachable(DatabaseUrl url, DatabaseLocation location) {
        var props = new Properties();
        props.setProperty("user", location.ownerUser());
        if (location.ownerPassword() != null) {
            props.setProperty("password", location.ownerPassword());
        }
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        try (var connection = DriverManager.getConnection(location.jdbcUrl(), props)) {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                throw new DatabaseConfigurationException(DatabaseUrl.VARIABLE + " names PostgreSQL " + major
                        + " at " + url.describe() + "; Foyer needs PostgreSQL 15 or newer");
            }
        } catch (SQLException e) {
            throw new DatabaseConfigurationException("Cannot connect to PostgreSQL at " + url.describe()
                    + " (" + DatabaseUrl.VARIABLE + ", user " + url.user() + "): " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
