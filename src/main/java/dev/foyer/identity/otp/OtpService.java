package dev.foyer.identity.otp;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.identity.phone.InvalidPhoneNumberException;
import dev.foyer.identity.phone.PhoneNumbers;
import dev.foyer.identity.sms.OtpCodes;
import dev.foyer.identity.sms.SmsDeliveryException;
import dev.foyer.identity.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Phone sign-in codes (seed 001's {@code phone_otps}): six digits from a CSPRNG, stored only as a
 * keyed hash, valid for minutes, usable once, dead after a few wrong tries, and sent no more often
 * than the throttles allow. Nothing here looks at accounts, so neither the answers nor the time they
 * take tell whether a phone has one.
 */
@Service
public class OtpService {

    private static final Logger log = LoggerFactory.getLogger(OtpService.class);
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Duration HOUR = Duration.ofHours(1);

    private final OtpRepository otps;
    private final OtpHasher hasher;
    private final OtpCodes codes;
    private final SmsSender sms;
    private final PhoneNumbers phones;
    private final TransactionTemplate transactions;
    private final OtpProperties properties;
    private final Clock clock;

    OtpService(OtpRepository otps, OtpHasher hasher, OtpCodes codes, SmsSender sms, PhoneNumbers phones,
               TransactionTemplate transactions, OtpProperties properties, Clock clock) {
        this.otps = otps;
        this.hasher = hasher;
        this.codes = codes;
        this.sms = sms;
        this.phones = phones;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends a new code to the phone, unless a throttle says to wait (429 with Retry-After). */
    public Duration send(String rawPhone, InetAddress clientAddress) {
        String phone = normalise(rawPhone);
        String code = transactions.execute(status -> issue(phone, clientAddress));
        try {
            sms.send(phone, "Your Foyer code is " + code + ". It expires in "
                    + properties.codeTtl().toMinutes() + " minutes. Do not share it.");
        } catch (SmsDeliveryException e) {
            log.warn("The sign-in code could not be sent: {}", e.getMessage());
            throw new ApiException(ProblemType.UPSTREAM_UNAVAILABLE, "The code could not be sent; try again shortly");
        }
        return properties.codeTtl();
    }

    private String issue(String phone, InetAddress clientAddress) {
        otps.lock("otp-address:" + clientAddress.getHostAddress());
        otps.lock("otp-phone:" + phone);
        Instant now = clock.instant();
        var fromAddress = otps.sendsFromAddressSince(clientAddress, now.minus(properties.addressWindow()));
        if (fromAddress.count() >= properties.maxPerAddress()) {
            throw tooMany("Too many codes were asked for from this address", fromAddress.oldest()
                    .plus(properties.addressWindow()), now);
        }
        var toPhone = otps.sendsToPhoneSince(phone, now.minus(HOUR));
        if (toPhone.newest() != null && toPhone.newest().plus(properties.resendInterval()).isAfter(now)) {
            throw tooMany("A code was sent to this phone a moment ago", toPhone.newest()
                    .plus(properties.resendInterval()), now);
        }
        if (toPhone.count() >= properties.maxPerPhonePerHour()) {
            throw tooMany("Too many codes were sent to this phone in the last hour", toPhone.oldest().plus(HOUR), now);
        }
        otps.recordSend(phone, clientAddress, now);
        UUID id = UUID.randomUUID();
        String code = codes.newCode(phone);
        otps.replace(id, phone, hasher.hash(id, phone, code), now, now.plus(properties.codeTtl()));
        return code;
    }

    /**
     * Checks a code and uses it up; answers the phone in E.164. A wrong code counts against the
     * code's tries, and that count is kept even though the answer is 401.
     */
    public String verify(String rawPhone, String code) {
        String phone = normalise(rawPhone);
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw ApiException.invalid("code", "must be the 6 digits of the code sent by SMS");
        }
        boolean accepted = Boolean.TRUE.equals(transactions.execute(status -> consume(phone, code.strip())));
        if (!accepted) {
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "The code is wrong or has expired");
        }
        return phone;
    }

    private boolean consume(String phone, String code) {
        otps.lock("otp-phone:" + phone);
        var stored = otps.lockLatest(phone);
        if (stored.isEmpty()) {
            return false;
        }
        var otp = stored.get();
        if (!otp.expiresAt().isAfter(clock.instant()) || otp.attempts() >= properties.maxAttempts()) {
            return false;
        }
        if (!hasher.matches(otp.otpHash(), otp.id(), phone, code)) {
            otps.countWrongAttempt(otp.id());
            return false;
        }
        otps.delete(otp.id());
        return true;
    }

    /** Seed 001's cleanupExpiredOtps. */
    public int deleteExpired() {
        Instant now = clock.instant();
        Duration longestWindow = HOUR.compareTo(properties.addressWindow()) > 0 ? HOUR : properties.addressWindow();
        Integer deleted = transactions.execute(status -> otps.deleteExpired(now, now.minus(longestWindow)));
        return deleted == null ? 0 : deleted;
    }

    String normalise(String rawPhone) {
        if (rawPhone == null || rawPhone.isBlank()) {
            throw ApiException.invalid("phone", "is required");
        }
        try {
            return phones.toE164(rawPhone);
        } catch (InvalidPhoneNumberException e) {
            throw ApiException.invalid("phone", e.getMessage());
        }
    }

    private static ApiException tooMany(String detail, Instant retryAt, Instant now) {
        Duration wait = Duration.between(now, retryAt);
        return ApiException.tooManyRequests(detail + "; try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s",
                wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }
}
