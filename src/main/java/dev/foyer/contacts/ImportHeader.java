package dev.foyer.contacts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.foyer.api.ApiException;
import dev.foyer.csv.SpreadsheetCells;
import org.apache.commons.csv.CSVRecord;

/**
 * Which cell of a row holds which field, read from the header row; unknown columns are ignored, and
 * of two that name one field the first is read, unless it only perhaps names it ("Title" yields to
 * "Job Title").
 */
record ImportHeader(Map<ContactColumn, Integer> positions, List<String> ignored) {

    static ImportHeader of(CSVRecord header) {
        Map<ContactColumn, Integer> positions = new EnumMap<>(ContactColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            var column = ContactColumn.match(name);
            if (column.isEmpty()) {
                ignored.add(name);
            } else if (!positions.containsKey(column.get())) {
                positions.put(column.get(), i);
            } else {
                String taken = header.get(positions.get(column.get())).strip();
                if (ContactColumn.isAmbiguous(taken) && !ContactColumn.isAmbiguous(name)) {
                    positions.put(column.get(), i);
                    ignored.add(taken);
                } else {
                    ignored.add(name);
                }
            }
        }
        if (positions.keySet().stream().noneMatch(ContactColumn::isName)) {
            throw ApiException.invalid("file", "needs a First Name or Last Name column in its first row; it has "
                    + (header.size() == 0 ? "none" : String.join(", ", header.toList())));
        }
        return new ImportHeader(positions, List.copyOf(ignored));
    }

    /**
     * The cell of this column, stripped and without the apostrophe export puts before a formula-like
     * cell; null when the column is absent, the row short or the cell blank.
     */
    String value(CSVRecord row, ContactColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.size()) {
            return null;
        }
        String value = SpreadsheetCells.unguard(row.get(position).strip());
        return value.isEmpty() ? null : value;
    }
}
