package dev.foyer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** For the tests that hold rows locked from a connection of their own while requests run into them. */
public final class LockWaits {

    private LockWaits() {
    }

    /** The embedded cluster's superuser, who may lock rows the application role may not even read. */
    public static Connection superuser(JdbcClient jdbc) throws SQLException {
        String port = jdbc.sql("select current_setting('port')").query(String.class).single();
        String database = jdbc.sql("select current_database()").query(String.class).single();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    /** A connection of the application's, in a transaction of its own acting as the user, until it ends. */
    public static Connection actingAs(DataSource dataSource, UUID userId) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var bind = connection.prepareStatement("select set_config('app.user_id', ?, true)")) {
            bind.setString(1, userId.toString());
            bind.execute();
        }
        return connection;
    }

    /** Returns once that many sessions wait for a lock; fails if the requests sent end first, or never wait. */
    public static void awaitWaiting(Connection connection, int sessions, Future<?>... sent) throws Exception {
        for (int attempt = 0; attempt < 400; attempt++) {
            // A transaction sees one snapshot of pg_stat_activity until it clears it.
            try (var waiting = connection.prepareStatement("""
                    select count(*) from pg_stat_clear_snapshot(), pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock'
                    """); var rows = waiting.executeQuery()) {
                rows.next();
                if (rows.getInt(1) >= sessions) {
                    return;
                }
            }
            for (Future<?> request : sent) {
                if (request.isDone()) {
                    throw new AssertionError("A request ended without waiting for the lock: " + request.get());
                }
            }
            Thread.sleep(25);
        }
        var answers = new ArrayList<String>();
        for (Future<?> request : sent) {
            answers.add(request.isDone() ? String.valueOf(request.get()) : "still running");
        }
        throw new AssertionError(sessions + " sessions never waited for a lock: " + answers);
    }
}
