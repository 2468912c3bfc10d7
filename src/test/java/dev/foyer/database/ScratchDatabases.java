package dev.foyer.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Empty databases in the test cluster, made by its superuser, for tests that need a database no
 * migration has touched yet.
 */
final class ScratchDatabases {

    private final DatabaseLocation location;

    ScratchDatabases(DatabaseServer server) {
        this.location = server.location();
    }

    /** Creates an empty database owned by the owner role and returns its name. */
    String create() {
        String name = "scratch_" + UUID.randomUUID().toString().replace("-", "");
        execute("create database " + name + " owner " + EmbeddedDatabase.OWNER);
        return name;
    }

    void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    String jdbcUrl(String database) {
        return location.jdbcUrl().substring(0, location.jdbcUrl().lastIndexOf('/') + 1) + database;
    }

    String postgresUrl(String database) {
        return jdbcUrl(database).substring("jdbc:".length());
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
