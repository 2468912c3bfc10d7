package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows read into records by their components' names in snake case, as Foyer's repositories read them. */
@FoyerIntegrationTest
class RecordMapperTest {

    record Sample(UUID id, String fullName, Instant createdAt, Instant disabledAt, int tokenVersion, long dealCount,
                  boolean isPrimary, String s3Key) {
    }

    private record Priced(UUID id, BigDecimal value) {
    }

    private static final String SAMPLE = """
            select true as is_primary, 'a/b.pdf' as s3_key, 7::bigint as deal_count, 3 as token_version,
                   null::timestamptz as disabled_at, '2026-11-24 10:15:30.123456+00'::timestamptz as created_at,
                   'Sarah Chen' as full_name, :id as id
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsEachComponentFromTheColumnOfItsNameInSnakeCaseWhateverTheColumnsOrder() {
        UUID id = UUID.randomUUID();

        Sample sample = jdbc.sql(SAMPLE).param("id", id).query(RecordMapper.of(Sample.class)).single();

        assertThat(sample).isEqualTo(new Sample(id, "Sarah Chen", Instant.parse("2026-11-24T10:15:30.123456Z"),
                null, 3, 7, true, "a/b.pdf"));
    }

    @Test
    void looksEachColumnUpOnceByItsOneName() {
        var lookups = new ArrayList<String>();
        var failures = new ArrayList<String>();
        RecordMapper<Sample> mapper = RecordMapper.of(Sample.class);

        jdbc.sql(SAMPLE).param("id", UUID.randomUUID())
                .query((rs, row) -> mapper.mapRow(recordingLookups(rs, lookups, failures), row)).single();

        assertThat(lookups).containsExactly("id", "full_name", "created_at", "disabled_at", "token_version",
                "deal_count", "is_primary", "s3_key");
        assertThat(failures).isEmpty();
    }

    @Test
    void aMissingColumnFailsNamingIt() {
        assertThatThrownBy(() -> jdbc.sql("select 'Sarah Chen' as full_name, :id as id").param("id", UUID.randomUUID())
                .query(RecordMapper.of(Sample.class)).single())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("created_at");
    }

    @Test
    void aComponentOfATypeRowsAreNotReadIntoFailsWhenTheMapperIsMade() {
        assertThatThrownBy(() -> RecordMapper.of(Priced.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Priced.value is a BigDecimal");
    }

    /** The result set as it is, each findColumn noted, and each that threw. */
    private static ResultSet recordingLookups(ResultSet rs, List<String> lookups, List<String> failures) {
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    boolean lookup = method.getName().equals("findColumn");
                    if (lookup) {
                        lookups.add((String) args[0]);
                    }
                    try {
                        return method.invoke(rs, args);
                    } catch (InvocationTargetException e) {
                        if (lookup) {
                            failures.add((String) args[0]);
                        }
                        throw e.getCause();
                    }
                });
    }
}
