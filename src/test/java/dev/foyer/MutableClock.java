package dev.foyer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in tests: it follows real time, plus whatever the tests moved it forward by,
 * so that expiry is tested by moving time rather than by waiting. Time never goes back: tests share
 * one server.
 */
public class MutableClock extends Clock {

    /** The one clock of the test run's server (there is one server, so one clock). */
    public static final MutableClock SHARED = new MutableClock();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
