package dev.foyer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Assertions about what PostgreSQL refuses, each pinned to the constraint or policy that refuses,
 * so that a test cannot pass because some other rule happened to fail.
 */
public final class DatabaseAssertions {

    private DatabaseAssertions() {
    }

    /**
     * The work fails on the named constraint, index or enum: Spring's DataIntegrityViolationException,
     * whose cause, PostgreSQL's own error, names it.
     */
    public static void assertViolates(String constraint, ThrowingCallable work) {
        assertThatThrownBy(work)
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining(constraint);
    }

    /** PostgreSQL refuses the new row because no row-level security policy of the table admits it. */
    public static void assertRefusedByRowSecurity(String table, ThrowingCallable work) {
        assertThatThrownBy(work)
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("new row violates row-level security policy")
                .hasMessageContaining("\"" + table + "\"");
    }

    /** The work fails with an error raised by a trigger (or any PostgreSQL error with this message). */
    public static void assertRaises(String message, ThrowingCallable work) {
        assertThatThrownBy(work)
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining(message);
    }

    /** A timestamptz column of a row read with {@code query().singleRow()}. */
    public static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    /** An instant PostgreSQL stores exactly (microseconds), as a parameter it binds to timestamptz. */
    public static OffsetDateTime at(String isoInstant) {
        return Instant.parse(isoInstant).atOffset(ZoneOffset.UTC);
    }
}
