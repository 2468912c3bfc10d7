package dev.foyer.api;

/**
 * {@code limit} and {@code offset} as a list endpoint receives them, checked: a limit of 1 to
 * {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}), an offset of 0 or more.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, Integer offset) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (o < 0) {
            throw ApiException.invalid("offset", "must be 0 or more");
        }
        return new PageRequest(l, o);
    }
}
