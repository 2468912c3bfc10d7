package dev.foyer.identity.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** How the verifiers come to life in Spring: off on a fresh install, on once configured. */
class SocialSignInContextTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SocialSignIn.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void bothProvidersAreOffOnAFreshInstall() {
        context.run(started -> {
            assertThat(started.getBean(GoogleIdTokenVerifier.class).enabled()).isFalse();
            assertThat(started.getBean(FacebookTokenVerifier.class).enabled()).isFalse();
            var google = started.getBean(GoogleSignInProperties.class);
            assertThat(google.clientIds()).isEmpty();
            assertThat(google.jwksUri()).isEqualTo(URI.create("https://www.googleapis.com/oauth2/v3/certs"));
            assertThat(google.issuers()).containsExactly("https://accounts.google.com", "accounts.google.com");
            assertThat(google.clockSkew()).isEqualTo(Duration.ofSeconds(60));
            var facebook = started.getBean(FacebookSignInProperties.class);
            assertThat(facebook.graphBaseUrl()).isEqualTo(URI.create("https://graph.facebook.com"));
            assertThat(facebook.apiVersion()).isEqualTo("v21.0");
        });
    }

    @Test
    void googleIsOnOnceAClientIdIsConfigured() {
        context.withPropertyValues("foyer.identity.google.client-ids=web.apps.googleusercontent.com,ios.apps.googleusercontent.com",
                        "foyer.identity.google.clock-skew=30s")
                .run(started -> {
                    assertThat(started.getBean(GoogleIdTokenVerifier.class).enabled()).isTrue();
                    assertThat(started.getBean(GoogleSignInProperties.class).clientIds())
                            .isEqualTo(List.of("web.apps.googleusercontent.com", "ios.apps.googleusercontent.com"));
                });
    }

    @Test
    void facebookIsOnOnlyWithBothAppIdAndSecret() {
        context.withPropertyValues("foyer.identity.facebook.app-id=424242")
                .run(started -> assertThat(started.getBean(FacebookTokenVerifier.class).enabled()).isFalse());
        context.withPropertyValues("foyer.identity.facebook.app-id=424242", "foyer.identity.facebook.app-secret=s")
                .run(started -> assertThat(started.getBean(FacebookTokenVerifier.class).enabled()).isTrue());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({GoogleSignInProperties.class, FacebookSignInProperties.class})
    @Import({GoogleIdTokenVerifier.class, FacebookTokenVerifier.class})
    static class SocialSignIn {
    }
}
