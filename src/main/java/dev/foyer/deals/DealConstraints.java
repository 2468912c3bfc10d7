package dev.foyer.deals;

/** The limits a deal's fields share between creating and changing it. */
final class DealConstraints {

    /** numeric(12,2): ten digits before the point, two after; at most 9,999,999,999.99. */
    static final int VALUE_INTEGER_DIGITS = 10;
    static final int VALUE_FRACTION_DIGITS = 2;
    static final String VALUE_DIGITS_MESSAGE = "must be at most 9999999999.99 with at most 2 decimals";
    static final String POSITIVE_MESSAGE = "must be greater than 0";
    static final int TITLE_MAX = 200;
    static final int NEXT_ACTION_MAX = 500;
    static final int DESCRIPTION_MAX = 10_000;

    private DealConstraints() {
    }
}
