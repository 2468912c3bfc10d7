package dev.foyer.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.foyer.accounts.Address;

/**
 * An address as lines on an envelope: street, then "city, state zip", then country, leaving out
 * what is absent, so a half-filled address shows no stray commas.
 */
final class AddressLines {

    private AddressLines() {
    }

    static List<String> of(Address address) {
        if (address == null) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        add(lines, address.street());
        String stateZip = join(" ", address.state(), address.zip());
        add(lines, join(", ", address.city(), stateZip));
        add(lines, address.country());
        return lines;
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(separator));
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }
}
