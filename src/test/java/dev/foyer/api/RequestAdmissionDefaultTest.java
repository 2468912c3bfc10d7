package dev.foyer.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A server started with no FOYER_REQUESTS_AT_ONCE takes twice its cores of requests at once. */
@FoyerIntegrationTest
class RequestAdmissionDefaultTest {

    @Autowired
    RequestAdmissionProperties properties;

    @Test
    void unsetTheLimitIsTwiceTheCores() {
        assertThat(properties.atOnce()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(properties.limited()).isTrue();
    }
}
