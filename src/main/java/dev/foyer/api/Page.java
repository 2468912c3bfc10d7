package dev.foyer.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a stable order: the items, where it starts, how many were asked for, and
 * how many there are in all.
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, limit, total);
    }
}
