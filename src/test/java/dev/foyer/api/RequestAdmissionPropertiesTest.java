package dev.foyer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RequestAdmissionPropertiesTest {

    @Test
    void zeroMeansNoLimitAndAnyOtherCountIsOne() {
        assertThat(new RequestAdmissionProperties(0, Duration.ofSeconds(10)).limited()).isFalse();
        assertThat(new RequestAdmissionProperties(7, Duration.ofSeconds(10)).limited()).isTrue();
    }

    @Test
    void unsetItIsTheCoresAndAtLeastTwo() {
        var properties = new RequestAdmissionProperties(null, Duration.ofSeconds(10));

        assertThat(properties.atOnce()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThat(properties.limited()).isTrue();
    }

    @Test
    void aNegativeCountOrNoWaitStopsTheServerAtStartUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestAdmissionProperties(-1, Duration.ofSeconds(10)))
                .withMessageContaining("foyer.requests.at-once");
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestAdmissionProperties(4, Duration.ZERO))
                .withMessageContaining("foyer.requests.max-wait");
    }
}
