package dev.foyer.identity;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinct, valid Australian mobile numbers for tests, so that one test's throttles never meet
 * another's. Starts at a random point so that reruns against a kept database do not collide either.
 */
public final class TestPhones {

    private static final AtomicInteger NEXT = new AtomicInteger(new java.util.Random().nextInt(5_000_000));

    private TestPhones() {
    }

    /** A new number in E.164. */
    public static String next() {
        return "+614" + String.format("%08d", 10_000_000 + NEXT.getAndIncrement() % 89_999_999).substring(0, 8);
    }
}
