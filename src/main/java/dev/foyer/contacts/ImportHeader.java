package dev.foyer.contacts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.foyer.api.ApiException;
import org.apache.commons.csv.CSVRecord;

/** Which cell of a row holds which field, read from the header row; unknown and repeated columns are ignored. */
record ImportHeader(Map<ContactColumn, Integer> positions, List<String> ignored) {

    static ImportHeader of(CSVRecord header) {
        Map<ContactColumn, Integer> positions = new EnumMap<>(ContactColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            int position = i;
            ContactColumn.match(name).filter(column -> !positions.containsKey(column))
                    .ifPresentOrElse(column -> positions.put(column, position), () -> ignored.add(name));
        }
        if (positions.keySet().stream().noneMatch(ContactColumn::isName)) {
            throw ApiException.invalid("file", "needs a First Name or Last Name column in its first row; it has "
                    + (header.size() == 0 ? "none" : String.join(", ", header.toList())));
        }
        return new ImportHeader(positions, List.copyOf(ignored));
    }

    /** The cell of this column, stripped; null when the column is absent, the row short or the cell blank. */
    String value(CSVRecord row, ContactColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.size()) {
            return null;
        }
        String value = row.get(position).strip();
        return value.isEmpty() ? null : value;
    }
}
