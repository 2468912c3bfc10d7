package dev.foyer.database;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a row into a record through its canonical constructor, each component from the column named
 * as the component in snake case: {@code createdAt} from {@code created_at}, {@code s3Key} from
 * {@code s3_key}.
 *
 * <p>{@code JdbcClient.query(SomeRecord.class)} looks a column up by the component's own name first
 * and, when the driver throws because there is none, by the snake-case name: an exception built,
 * stack trace and all, for every such column of every row (150 for a page of 50 users). This mapper
 * looks each column up once by its one name. Only the types Foyer's rows hold are read; a record
 * with any other component fails when its mapper is made, so at startup rather than on a request.
 */
public final class RecordMapper<R extends Record> implements RowMapper<R> {

    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** A null in a primitive's column reads as zero or false, as JDBC's own getters give it. */
    private static final Map<Class<?>, Reader> READERS = Map.of(
            String.class, ResultSet::getString,
            UUID.class, (rs, column) -> rs.getObject(column, UUID.class),
            Instant.class, RecordMapper::instant,
            int.class, ResultSet::getInt,
            long.class, ResultSet::getLong,
            boolean.class, ResultSet::getBoolean);

    private final Constructor<R> constructor;
    private final String[] columns;
    private final Reader[] readers;

    private RecordMapper(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        this.columns = Arrays.stream(components).map(c -> snakeCase(c.getName())).toArray(String[]::new);
        this.readers = Arrays.stream(components).map(c -> reader(type, c)).toArray(Reader[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + type, e);
        }
        // Records are often package-private to their repository, in another package than this one.
        this.constructor.setAccessible(true);
    }

    /** Made once per record type, where the repository that reads it is made. */
    public static <R extends Record> RecordMapper<R> of(Class<R> type) {
        return new RecordMapper<>(type);
    }

    @Override
    public R mapRow(ResultSet rs, int rowNum) throws SQLException {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = readers[i].read(rs, rs.findColumn(columns[i]));
        }
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not make a " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static String snakeCase(String name) {
        var snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static Reader reader(Class<?> type, RecordComponent component) {
        Reader reader = READERS.get(component.getType());
        if (reader == null) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + " is a "
                    + component.getType().getSimpleName() + ", which rows are not read into; read it by hand");
        }
        return reader;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
