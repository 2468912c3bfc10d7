package dev.foyer.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a stable order: the items, where it starts, how many were asked for, and
 * how many there are in all. A list that stops counting past a ceiling says so with
 * {@code totalCapped}: then there are more than {@code total} items, and {@code total} is the ceiling;
 * otherwise {@code total} is exact.
 */
public record Page<T>(List<T> items, int offset, int limit, long total, boolean totalCapped) {

    /** A page whose total is exact. */
    public Page(List<T> items, int offset, int limit, long total) {
        this(items, offset, limit, total, false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, limit, total, totalCapped);
    }
}
