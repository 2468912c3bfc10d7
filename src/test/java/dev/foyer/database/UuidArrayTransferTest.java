package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import org.junit.jupiter.api.Test;
import org.postgresql.PGResultSetMetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Arrays of ids, as every contact list carries its contacts' tags, read the same however the
 * driver receives them: as text for a statement's first uses on a connection, in binary once the
 * statement is prepared on the server (the pool's {@code binaryTransferEnable}).
 */
@FoyerIntegrationTest
class UuidArrayTransferTest {

    /** The driver prepares a statement on the server at its fifth use on a connection. */
    private static final int USES = 8;

    private record Reading(List<UUID> ids, int emptyLength, boolean binary) {
    }

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void idsReadTheSameAsTextAndInBinary() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        // One transaction: one connection, so that the statement is prepared on it.
        List<Reading> readings = users.inTransactionAs(users.create(), () -> {
            var all = new ArrayList<Reading>();
            for (int use = 0; use < USES; use++) {
                all.add(jdbc.sql("select array[:first, :second]::uuid[] as ids, array[]::uuid[] as none")
                        .param("first", first).param("second", second)
                        .query((rs, row) -> new Reading(Arrays.asList((UUID[]) rs.getArray("ids").getArray()),
                                ((UUID[]) rs.getArray("none").getArray()).length,
                                rs.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(1) == 1))
                        .single());
            }
            return all;
        });

        assertThat(readings).extracting(Reading::ids).containsOnly(List.of(first, second));
        assertThat(readings).extracting(Reading::emptyLength).containsOnly(0);
        assertThat(readings.get(0).binary()).as("the first use, as text").isFalse();
        assertThat(readings.get(USES - 1).binary()).as("once prepared, in binary").isTrue();
    }
}
