package dev.foyer;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Code that checks expiry takes a {@link Clock} so that tests can
 * move time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class FoyerClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
