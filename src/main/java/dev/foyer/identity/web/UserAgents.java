package dev.foyer.identity.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names a device by its browser's user agent ("Firefox", "Android"), so that the devices page can
 * say "Firefox on Android" instead of a line of tokens. Order matters: Edge and Opera also say
 * Chrome, Chrome also says Safari, Android also says Linux.
 */
final class UserAgents {

    record Device(String browser, String os) {
    }

    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"),
            Map.entry("FxiOS/", "Firefox"), Map.entry("CriOS/", "Chrome"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));

    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Android", "Android"),
            Map.entry("Windows", "Windows"), Map.entry("CrOS", "ChromeOS"), Map.entry("Mac OS X", "macOS"),
            Map.entry("Linux", "Linux"));

    private UserAgents() {
    }

    static Optional<Device> describe(String userAgent) {
        if (userAgent == null) {
            return Optional.empty();
        }
        var browser = first(BROWSERS, userAgent);
        var os = first(SYSTEMS, userAgent);
        return browser.isPresent() && os.isPresent() ? Optional.of(new Device(browser.get(), os.get())) : Optional.empty();
    }

    private static Optional<String> first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
