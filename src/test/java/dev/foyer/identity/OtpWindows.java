package dev.foyer.identity;

import java.time.Duration;

import dev.foyer.MutableClock;

/**
 * Every test calls from 127.0.0.1, and the server allows one address 30 codes per 5 minutes. A test
 * class that sends codes starts each test in a fresh window, so that no test meets the codes the
 * tests before it sent, whatever order they run in.
 */
public final class OtpWindows {

    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5).plusSeconds(1);

    private OtpWindows() {
    }

    public static void startAFreshAddressWindow() {
        MutableClock.SHARED.advance(ADDRESS_WINDOW);
    }
}
