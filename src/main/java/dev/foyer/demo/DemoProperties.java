package dev.foyer.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the first start of an empty embedded database creates the demo user
 * @param phone   the demo user's phone, which signs in like any other; by default a number that
 *                Australia reserves for fiction, so that no real person receives its codes
 */
@ConfigurationProperties("foyer.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("+61491570156") String phone) {
}
