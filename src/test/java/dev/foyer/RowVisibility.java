package dev.foyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row-level security seen from the outside: which user sees, changes or deletes one row of a table
 * (every table here has a uuid {@code id}). Each check runs in its own transaction bound to that
 * user, through the application role, as a request would.
 */
public final class RowVisibility {

    private final TestUsers users;
    private final JdbcClient jdbc;

    public RowVisibility(TestUsers users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The row as {@code user} sees it, as jsonb text, or empty if hidden from them. */
    public Optional<String> rowAs(ActingUser user, String table, UUID id) {
        return users.inTransactionAs(user, () -> selectRow(table, id));
    }

    public void assertVisibleTo(ActingUser user, String table, UUID id) {
        assertThat(rowAs(user, table, id)).as("%s row %s seen by %s", table, id, user).isPresent();
    }

    /**
     * {@code other} does not see the owner's row, and updating or deleting it affects no row: the row
     * is the same afterwards as its owner sees it.
     */
    public void assertInvisibleTo(ActingUser other, ActingUser owner, String table, UUID id) {
        String before = rowAs(owner, table, id).orElseThrow();

        assertThat(rowAs(other, table, id)).as("%s row seen by another user", table).isEmpty();
        assertThat(users.inTransactionAs(other, () -> touch(table, id))).as("rows updated").isZero();
        assertThat(users.inTransactionAs(other, () -> delete(table, id))).as("rows deleted").isZero();

        assertThat(rowAs(owner, table, id)).contains(before);
    }

    /** A transaction bound to nobody sees no row and changes none, without an error: it fails closed. */
    public void assertHiddenFromNobody(ActingUser owner, String table, UUID id) {
        String before = rowAs(owner, table, id).orElseThrow();

        assertThat(users.inTransactionAsNobody(() -> selectRow(table, id))).isEmpty();
        assertThat(users.inTransactionAsNobody(() -> count(table))).as("rows of %s seen by nobody", table).isZero();
        assertThat(users.inTransactionAsNobody(() -> touch(table, id))).isZero();
        assertThat(users.inTransactionAsNobody(() -> delete(table, id))).isZero();

        assertThat(rowAs(owner, table, id)).contains(before);
    }

    private Optional<String> selectRow(String table, UUID id) {
        return jdbc.sql("select to_jsonb(t)::text from " + table + " t where t.id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    // Fires the table's updated_at trigger, if it has one, so an update that got through would show.
    private int touch(String table, UUID id) {
        return jdbc.sql("update " + table + " set id = id where id = :id").param("id", id).update();
    }

    private int delete(String table, UUID id) {
        return jdbc.sql("delete from " + table + " where id = :id").param("id", id).update();
    }
}
