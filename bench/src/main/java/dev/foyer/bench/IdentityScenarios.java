package dev.foyer.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What is measured, as a phone app does it. Each client is one device: it signs in with a new phone
 * every iteration, or refreshes its own tokens (using the rotated refresh token each time), or asks
 * for {@code /api/me} with its access token. A client whose session was refused signs in again,
 * unmeasured, so that one failure does not turn every later iteration into one.
 */
final class IdentityScenarios {

    static final String SIGN_IN = "sign-in round trip";
    static final String OTP = "  POST /otp";
    static final String VERIFY = "  POST /otp/verify";
    static final String REFRESH = "POST /refresh";
    static final String ME = "GET /api/me";

    static final List<String> SIGN_IN_STEPS = List.of(SIGN_IN, OTP, VERIFY);

    /** +61 412 000 000 on: valid Australian mobiles, a new one per sign-in (a run makes far fewer than 2 million). */
    private final AtomicLong nextPhone = new AtomicLong(412_000_000L);
    /**
     * Each sign-in's user address, from the IPv6 documentation prefix (2001:db8::/32, RFC 3849): only
     * ever a header value, never a destination. One address per sign-in, as when many people sign in.
     */
    private final AtomicLong nextAddress = new AtomicLong(1);
    private final FoyerApi api;
    private final FakeTwilio twilio;
    private final boolean oneAddress;

    IdentityScenarios(FoyerApi api, FakeTwilio twilio, boolean oneAddress) {
        this.api = api;
        this.twilio = twilio;
        this.oneAddress = oneAddress;
    }

    /** One device's session, carried from one iteration to the next. */
    static final class Device {
        String accessToken;
        String refreshToken;
    }

    /** Code request, the code read from the fake Twilio, verification: a new user and session each time. */
    LoadRun.Client signIn(Device device) {
        return tally -> signIn(device, tally);
    }

    LoadRun.Client refresh(Device device) {
        return tally -> {
            long start = System.nanoTime();
            FoyerApi.Reply reply = api.refresh(device.refreshToken);
            long took = System.nanoTime() - start;
            if (reply.is(200)) {
                tally.ok(REFRESH, took);
                device.accessToken = reply.field("accessToken");
                device.refreshToken = reply.field("refreshToken");
            } else {
                tally.failed(REFRESH, reply.status());
                signIn(device, new Tally());
            }
        };
    }

    LoadRun.Client me(Device device) {
        return tally -> {
            long start = System.nanoTime();
            FoyerApi.Reply reply = api.me(device.accessToken);
            long took = System.nanoTime() - start;
            if (reply.is(200)) {
                tally.ok(ME, took);
            } else {
                tally.failed(ME, reply.status());
                signIn(device, new Tally());
            }
        };
    }

    /** Signs the device in outside any measurement; false if that failed too. */
    boolean prepare(Device device) {
        return signIn(device, new Tally());
    }

    private boolean signIn(Device device, Tally tally) {
        String phone = "+61" + nextPhone.getAndIncrement();
        long start = System.nanoTime();
        FoyerApi.Reply sent = api.requestCode(phone, userAddress());
        long codeSent = System.nanoTime();
        if (!sent.is(202)) {
            return failed(tally, OTP, sent.status());
        }
        tally.ok(OTP, codeSent - start);
        // Foyer hands the SMS to Twilio before it answers 202, so the code is already here.
        String code = twilio.takeCode(phone);
        if (code == null) {
            tally.failed(SIGN_IN, "no SMS reached the fake Twilio");
            return false;
        }
        long verifyStart = System.nanoTime();
        FoyerApi.Reply verified = api.verify(phone, code);
        long end = System.nanoTime();
        if (!verified.is(200)) {
            return failed(tally, VERIFY, verified.status());
        }
        tally.ok(VERIFY, end - verifyStart);
        tally.ok(SIGN_IN, end - start);
        device.accessToken = verified.field("accessToken");
        device.refreshToken = verified.field("refreshToken");
        return true;
    }

    private String userAddress() {
        if (oneAddress) {
            return null;
        }
        long n = nextAddress.getAndIncrement();
        return "2001:db8::" + Long.toHexString(n >>> 16) + ":" + Long.toHexString(n & 0xffff);
    }

    private static boolean failed(Tally tally, String step, int status) {
        tally.failed(step, status);
        tally.failed(SIGN_IN, status);
        return false;
    }
}
