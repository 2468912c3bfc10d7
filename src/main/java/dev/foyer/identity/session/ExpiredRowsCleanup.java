package dev.foyer.identity.session;

import dev.foyer.database.TransactionSettings;
import dev.foyer.identity.otp.OtpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seed 001's cleanupExpiredOtps and cleanupExpiredTokens, on a schedule. Several servers may run it;
 * a transaction-level advisory lock lets exactly one of them do the work each time.
 */
@Component
public class ExpiredRowsCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRowsCleanup.class);
    private static final long LOCK_KEY = 0x466f796572_01L; // "Foyer" 01: the cleanup's advisory lock

    private final JdbcClient jdbc;
    private final TransactionSettings settings;
    private final TransactionTemplate transactions;
    private final OtpService otps;

    ExpiredRowsCleanup(JdbcClient jdbc, TransactionSettings settings, TransactionTemplate transactions, OtpService otps) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = transactions;
        this.otps = otps;
    }

    @Scheduled(fixedDelayString = "${foyer.identity.cleanup-interval:15m}",
            initialDelayString = "${foyer.identity.cleanup-interval:15m}")
    public void runScheduled() {
        run();
    }

    /** Deletes what has expired; answers how many rows went, or -1 when another server holds the lock. */
    public int run() {
        Integer deleted = transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY)
                    .query(Boolean.class).single();
            if (!mine) {
                return -1;
            }
            settings.set("app.maintenance", "cleanup");
            int sessions = jdbc.sql("delete from user_refresh_tokens where expires_at < now()").update();
            return sessions + otps.deleteExpired();
        });
        if (deleted != null && deleted > 0) {
            log.info("Removed {} expired sessions, codes and throttle records", deleted);
        }
        return deleted == null ? 0 : deleted;
    }
}
