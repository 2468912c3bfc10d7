package dev.foyer.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A server started with no FOYER_REQUESTS_AT_ONCE takes as many requests at once as it has cores, and at least two. */
@FoyerIntegrationTest
class RequestAdmissionDefaultTest {

    @Autowired
    RequestAdmissionProperties properties;

    @Test
    void unsetTheLimitIsTheCoresAndAtLeastTwo() {
        assertThat(properties.atOnce()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThat(properties.limited()).isTrue();
    }
}
