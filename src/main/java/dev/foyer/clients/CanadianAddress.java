package dev.foyer.clients;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canada's 13 province and territory codes and the postal codes that fit them. A postal code's first
 * letter names its region (Canada Post's forward sortation areas), so a code from another province
 * is a typo worth catching before a landlord reads it.
 */
public final class CanadianAddress {

    public static final List<String> PROVINCES =
            List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    private static final Map<String, String> FIRST_LETTERS = Map.ofEntries(
            Map.entry("NL", "A"), Map.entry("NS", "B"), Map.entry("PE", "C"), Map.entry("NB", "E"),
            Map.entry("QC", "GHJ"), Map.entry("ON", "KLMNP"), Map.entry("MB", "R"), Map.entry("SK", "S"),
            Map.entry("AB", "T"), Map.entry("BC", "V"), Map.entry("NT", "X"), Map.entry("NU", "X"),
            Map.entry("YT", "Y"));

    // D, F, I, O, Q and U never appear; W and Z never first.
    private static final Pattern POSTAL_CODE =
            Pattern.compile("([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]) ?(\\d[ABCEGHJ-NPRSTV-Z]\\d)");

    private CanadianAddress() {
    }

    /** The province code in capitals, if it is one of the 13. */
    public static Optional<String> province(String raw) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return PROVINCES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** The postal code as Canada Post writes it ({@code K1A 0B1}), if it has the shape of one. */
    public static Optional<String> postalCode(String raw) {
        var matcher = POSTAL_CODE.matcher(raw.strip().toUpperCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }

    /** Whether a normalised postal code belongs to the province. */
    public static boolean fits(String postalCode, String province) {
        return FIRST_LETTERS.getOrDefault(province, "").indexOf(postalCode.charAt(0)) >= 0;
    }
}
