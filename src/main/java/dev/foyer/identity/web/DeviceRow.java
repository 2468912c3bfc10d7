package dev.foyer.identity.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import dev.foyer.identity.session.SessionView;

/**
 * A session as the devices page lists it. Times are written in UTC for the page to show without
 * JavaScript; app.js rewrites them in the browser's own time zone from the ISO instant.
 *
 * @param browser and {@code os} name the device when its user agent is recognised, else both are null
 * @param info    what the device said about itself (a user agent, or the name an API client gave)
 */
record DeviceRow(UUID id, String browser, String os, String info, Instant signedInAt, String signedIn,
                 Instant lastUsedAt, String lastUsed, boolean current) {

    static DeviceRow of(SessionView session, Locale locale) {
        var device = UserAgents.describe(session.deviceInfo());
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        Instant lastUsed = session.lastUsedAt() == null ? session.createdAt() : session.lastUsedAt();
        return new DeviceRow(session.id(), device.map(UserAgents.Device::browser).orElse(null),
                device.map(UserAgents.Device::os).orElse(null), session.deviceInfo(), session.createdAt(),
                format.format(session.createdAt()), lastUsed, format.format(lastUsed), session.current());
    }
}
