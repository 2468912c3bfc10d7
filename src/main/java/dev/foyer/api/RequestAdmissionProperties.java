package dev.foyer.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests the server works on at once ({@link RequestAdmission}).
 *
 * @param atOnce  requests at work at once; unset, as many as the cores the JVM may use, and at least two;
 *                0 sets no limit
 * @param maxWait how long a request waits for its turn before it is answered 503
 */
@ConfigurationProperties("foyer.requests")
record RequestAdmissionProperties(Integer atOnce, @DefaultValue("10s") Duration maxWait) {

    RequestAdmissionProperties {
        if (atOnce == null) {
            atOnce = Math.max(2, Runtime.getRuntime().availableProcessors());
        }
        if (atOnce < 0) {
            throw new IllegalArgumentException("foyer.requests.at-once: must be 0 (no limit) or more, not " + atOnce);
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("foyer.requests.max-wait: must be more than zero, not " + maxWait);
        }
    }

    boolean limited() {
        return atOnce > 0;
    }
}
