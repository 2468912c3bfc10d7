package dev.foyer.deals.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code offset.<stageId>=n} from the board's address, read leniently: a page address someone
 * edited by hand shows the board from the start rather than an error.
 */
final class ColumnOffsets {

    static final String PREFIX = "offset.";

    private ColumnOffsets() {
    }

    static Map<UUID, Integer> from(Map<String, String> params) {
        var offsets = new HashMap<UUID, Integer>();
        params.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                try {
                    int offset = Integer.parseInt(value);
                    if (offset > 0) {
                        offsets.put(UUID.fromString(name.substring(PREFIX.length())), offset);
                    }
                } catch (IllegalArgumentException ignored) {
                    // Not a stage id or not a number: that column starts at its first card.
                }
            }
        });
        return offsets;
    }
}
