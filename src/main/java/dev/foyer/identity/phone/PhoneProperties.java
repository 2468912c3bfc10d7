package dev.foyer.identity.phone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How phone numbers are read.
 *
 * @param defaultRegion the ISO 3166 region assumed for numbers written without {@code +}, so that
 *                      {@code 0412 345 678} reads as {@code +61412345678} with {@code AU}
 */
@ConfigurationProperties("foyer.identity.phone")
public record PhoneProperties(@DefaultValue("AU") String defaultRegion) {
}
