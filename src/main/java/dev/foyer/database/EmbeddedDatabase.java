package dev.foyer.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Foyer starts itself when no {@code DATABASE_URL} is given: a real server,
 * its cluster kept in a data directory so that a restart keeps the data. Stopping Foyer stops it.
 *
 * <p>On first start it creates the same layout an operator provides for an external server: a
 * database {@code foyer} owned by {@code foyer_owner}, and the application role that owns nothing.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "foyer";
    static final String OWNER = "foyer_owner";

    private final EmbeddedPostgres postgres;
    private final DatabaseLocation location;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseLocation location) {
        this.postgres = postgres;
        this.location = location;
    }

    static EmbeddedDatabase start(FoyerDatabaseProperties.Embedded settings, String appUser) {
        Identifiers.requireSimple(appUser, "DATABASE_APP_USER");
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(settings.dataDirectory());
            // The embedded server's library starts PostgreSQL for throwaway test clusters, without fsync;
            // Foyer's data directory is the user's data, so a commit waits for the disk unless told otherwise.
            String durable = settings.durable() ? "on" : "off";
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setServerConfig("shared_buffers", settings.sharedBuffers())
                    .start();
        } catch (IOException e) {
            throw new DatabaseConfigurationException("The embedded PostgreSQL server could not start in "
                    + settings.dataDirectory().toAbsolutePath() + ": " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
        try {
            bootstrap(url, appUser);
        } catch (SQLException e) {
            closeQuietly(postgres);
            throw new DatabaseConfigurationException("The embedded PostgreSQL server could not be prepared: "
                    + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL listening on localhost:{}, data in {}", postgres.getPort(),
                settings.dataDirectory().toAbsolutePath());
        // The embedded cluster trusts local connections, so these passwords are never checked.
        var location = new DatabaseLocation(url + DATABASE, OWNER, OWNER, appUser, appUser,
                "embedded PostgreSQL on localhost:" + postgres.getPort());
        return new EmbeddedDatabase(postgres, location);
    }

    DatabaseLocation location() {
        return location;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void bootstrap(String url, String appUser) throws SQLException {
        try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", "")) {
            var statement = c.createStatement();
            if (!exists(c, "select 1 from pg_roles where rolname = '" + OWNER + "'")) {
                statement.execute("create role " + OWNER + " login");
            }
            if (!exists(c, "select 1 from pg_roles where rolname = '" + appUser + "'")) {
                statement.execute("create role " + appUser + " login nosuperuser nocreatedb nocreaterole nobypassrls");
            }
            if (!exists(c, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            }
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            return rs.next();
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
