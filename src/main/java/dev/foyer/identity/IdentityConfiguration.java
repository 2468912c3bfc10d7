package dev.foyer.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Identity's clean-up of expired rows runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityConfiguration {
}
