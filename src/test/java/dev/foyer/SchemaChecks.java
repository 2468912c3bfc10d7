package dev.foyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.foyer.database.ActingUser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks every schema test repeats: a named constraint refuses a write, row-level security hides
 * a row, {@code updated_at} follows a change. Table and column names are the tests' own constants.
 */
public final class SchemaChecks {

    private final JdbcClient jdbc;
    private final TestUsers users;

    public SchemaChecks(JdbcClient jdbc, TestUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** One row (or, for a junction, the rows sharing one key) of a table. */
    public record Row(String table, String keyColumn, UUID key) {
    }

    public static Row row(String table, UUID id) {
        return new Row(table, "id", id);
    }

    /** The write fails on the named constraint or unique index, not on anything else. */
    public static void assertViolates(String constraint, ThrowingCallable write) {
        assertThatThrownBy(write)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("constraint \"" + constraint + "\"");
    }

    public static void assertNotNullViolation(String table, String column, ThrowingCallable write) {
        assertThatThrownBy(write)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("null value in column \"" + column + "\" of relation \"" + table + "\"");
    }

    /**
     * Spring translates SQLSTATE 42501 into a {@code BadSqlGrammarException} whose message omits the
     * server's, so the policy is recognised on the driver's exception underneath.
     */
    public static void assertRefusedByRowLevelSecurity(String table, ThrowingCallable write) {
        assertThatThrownBy(write)
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("new row violates row-level security policy for table \"" + table + "\"");
    }

    public int count(ActingUser user, Row row) {
        return users.inTransactionAs(user, () -> countIn(row));
    }

    /**
     * The stranger neither sees, changes nor deletes the owner's row, and the owner finds it as it was.
     * {@code change} is a SET clause, e.g. {@code "notes = 'changed'"}.
     */
    public void assertHiddenAndUntouchable(ActingUser owner, ActingUser stranger, Row row, String change) {
        assertThat(count(stranger, row)).as("rows of %s the stranger sees", row.table()).isZero();
        assertUnchangeableBy(owner, stranger, row, change);
    }

    /** The reader (an admin, say) sees the owner's row but neither changes nor deletes it. */
    public void assertReadOnlyFor(ActingUser owner, ActingUser reader, Row row, String change) {
        assertThat(count(reader, row)).as("rows of %s the reader sees", row.table()).isEqualTo(1);
        assertUnchangeableBy(owner, reader, row, change);
    }

    private void assertUnchangeableBy(ActingUser owner, ActingUser other, Row row, String change) {
        List<String> before = snapshot(owner, row);
        assertThat(before).as("the owner sees the row").isNotEmpty();

        assertThat(users.inTransactionAs(other, () -> jdbc.sql(
                "update " + row.table() + " set " + change + " where " + row.keyColumn() + " = :key")
                .param("key", row.key()).update())).as("rows of %s updated", row.table()).isZero();
        assertThat(users.inTransactionAs(other, () -> jdbc.sql(
                "delete from " + row.table() + " where " + row.keyColumn() + " = :key")
                .param("key", row.key()).update())).as("rows of %s deleted", row.table()).isZero();

        assertThat(snapshot(owner, row)).as("the owner's row afterwards").isEqualTo(before);
    }

    /** A transaction bound to no user sees no row of the table at all, and no error either. */
    public void assertNobodySeesAnything(Row row) {
        int visible = users.inTransactionAsNobody(() -> jdbc.sql("select count(*) from " + row.table())
                .query(Integer.class).single());
        assertThat(visible).as("rows of %s visible to nobody", row.table()).isZero();
    }

    public void assertAdminReads(ActingUser admin, Row row) {
        assertThat(count(admin, row)).as("rows of %s the admin reads", row.table()).isEqualTo(1);
    }

    /** An update by the owner sets updated_at to the updating transaction's time, created_at stays. */
    public void assertUpdateMovesUpdatedAt(ActingUser owner, Row row, String change) {
        record Stamps(OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime now) {
        }
        String select = "select created_at, updated_at, now() as now from " + row.table()
                + " where " + row.keyColumn() + " = :key";
        var before = users.inTransactionAs(owner, () -> jdbc.sql(select).param("key", row.key())
                .query(Stamps.class).single());
        var after = users.inTransactionAs(owner, () -> jdbc.sql(
                "update " + row.table() + " set " + change + " where " + row.keyColumn() + " = :key"
                        + " returning created_at, updated_at, now() as now")
                .param("key", row.key()).query(Stamps.class).single());

        assertThat(after.updatedAt()).isEqualTo(after.now()).isAfter(before.updatedAt());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
    }

    private int countIn(Row row) {
        return jdbc.sql("select count(*) from " + row.table() + " where " + row.keyColumn() + " = :key")
                .param("key", row.key()).query(Integer.class).single();
    }

    private List<String> snapshot(ActingUser owner, Row row) {
        return users.inTransactionAs(owner, () -> jdbc.sql(
                "select to_jsonb(t)::text from " + row.table() + " t where " + row.keyColumn() + " = :key"
                        + " order by 1")
                .param("key", row.key()).query(String.class).list());
    }
}
