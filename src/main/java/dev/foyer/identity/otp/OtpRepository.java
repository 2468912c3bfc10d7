package dev.foyer.identity.otp;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OtpRepository {

    private static final RecordMapper<Window> WINDOWS = RecordMapper.of(Window.class);
    private static final RecordMapper<StoredOtp> STORED_OTPS = RecordMapper.of(StoredOtp.class);

    private final JdbcClient jdbc;

    OtpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredOtp(UUID id, String otpHash, Instant expiresAt, int attempts) {
    }

    record Window(long count, Instant oldest, Instant newest) {
    }

    /**
     * Serialises everything about one key (a phone, an address) across all servers until the
     * transaction ends, so that two requests at once cannot both slip under a limit.
     */
    void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key)
                .query((rs, n) -> null).list();
    }

    Window sendsToPhoneSince(String phone, Instant since) {
        return jdbc.sql("""
                select count(*) as count, min(created_at) as oldest, max(created_at) as newest
                  from otp_requests
                 where phone_number = :phone and created_at > :since
                """).param("phone", phone).param("since", Timestamp.from(since)).query(WINDOWS).single();
    }

    Window sendsFromAddressSince(InetAddress address, Instant since) {
        return jdbc.sql("""
                select count(*) as count, min(created_at) as oldest, max(created_at) as newest
                  from otp_requests
                 where client_ip = :address::inet and created_at > :since
                """).param("address", address.getHostAddress()).param("since", Timestamp.from(since))
                .query(WINDOWS).single();
    }

    void recordSend(String phone, InetAddress address, Instant now) {
        jdbc.sql("""
                insert into otp_requests (phone_number, client_ip, created_at) values (:phone, :address::inet, :now)
                """).param("phone", phone).param("address", address.getHostAddress()).param("now", Timestamp.from(now))
                .update();
    }

    /** Stores the phone's new code; any earlier code of the phone stops working. */
    void replace(UUID id, String phone, String otpHash, Instant now, Instant expiresAt) {
        jdbc.sql("delete from phone_otps where phone_number = :phone").param("phone", phone).update();
        jdbc.sql("""
                insert into phone_otps (id, phone_number, otp_hash, expires_at, created_at)
                values (:id, :phone, :otpHash, :expiresAt, :now)
                """).param("id", id).param("phone", phone).param("otpHash", otpHash)
                .param("expiresAt", Timestamp.from(expiresAt)).param("now", Timestamp.from(now)).update();
    }

    Optional<StoredOtp> lockLatest(String phone) {
        return jdbc.sql("""
                select id, otp_hash, expires_at, attempts from phone_otps
                 where phone_number = :phone
                 order by created_at desc
                 limit 1
                   for update
                """).param("phone", phone).query(STORED_OTPS).optional();
    }

    void countWrongAttempt(UUID id) {
        jdbc.sql("update phone_otps set attempts = attempts + 1 where id = :id").param("id", id).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from phone_otps where id = :id").param("id", id).update();
    }

    /** Seed 001's cleanupExpiredOtps, and the throttle records older than any window. */
    int deleteExpired(Instant now, Instant requestsBefore) {
        int otps = jdbc.sql("delete from phone_otps where expires_at < :now").param("now", Timestamp.from(now)).update();
        int requests = jdbc.sql("delete from otp_requests where created_at < :before")
                .param("before", Timestamp.from(requestsBefore)).update();
        return otps + requests;
    }
}
