package dev.foyer.database;

/**
 * The database set-up cannot work: a malformed {@code DATABASE_URL}, a server that cannot be
 * reached, a role with more rights than the server may have. Its message is the one line an
 * operator reads; it never holds a password.
 */
public class DatabaseConfigurationException extends RuntimeException {

    public DatabaseConfigurationException(String message) {
        super(message);
    }

    public DatabaseConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
