package dev.foyer.clients.share;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long share links live.
 *
 * @param defaultDays the lifetime of a link when the realtor names none
 * @param maxDays     the longest lifetime a realtor may choose
 * @param recentViews how many of a link's latest views the realtor's panel lists
 */
@ConfigurationProperties("foyer.share-links")
record ShareLinkProperties(@DefaultValue("7") int defaultDays, @DefaultValue("30") int maxDays,
                           @DefaultValue("5") int recentViews) {

    ShareLinkProperties {
        if (defaultDays < 1 || maxDays < defaultDays) {
            throw new IllegalArgumentException("foyer.share-links: need 1 <= default-days <= max-days");
        }
    }
}
