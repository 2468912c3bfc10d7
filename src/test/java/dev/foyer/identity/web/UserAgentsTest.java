package dev.foyer.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentsTest {

    @Test
    void namesCommonBrowsersAndTheirSystems() {
        assertThat(UserAgents.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"))
                .contains(new UserAgents.Device("Safari", "iPhone"));
        assertThat(UserAgents.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0.0.0 Mobile Safari/537.36"))
                .contains(new UserAgents.Device("Chrome", "Android"));
        assertThat(UserAgents.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"))
                .contains(new UserAgents.Device("Edge", "Windows"));
        assertThat(UserAgents.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0"))
                .contains(new UserAgents.Device("Firefox", "macOS"));
    }

    @Test
    void leavesWhatItDoesNotRecogniseUnnamed() {
        assertThat(UserAgents.describe("Java-http-client/17.0.12")).isEmpty();
        assertThat(UserAgents.describe("Jane's phone")).isEmpty();
        assertThat(UserAgents.describe(null)).isEmpty();
    }
}
