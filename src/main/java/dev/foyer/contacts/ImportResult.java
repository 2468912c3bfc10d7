package dev.foyer.contacts;

import java.util.List;

/**
 * What an import did: contacts created, rows merged into existing contacts (or into an earlier row
 * of the same file), rows skipped (as duplicates or for errors), the errors by line, and the
 * columns the file had that Foyer does not know.
 */
record ImportResult(int imported, int merged, int skipped, List<RowError> errors, List<String> ignoredColumns) {

    /** A problem with one row; {@code line} is the line of the file the row starts on, the header being 1. */
    record RowError(long line, String field, String message) {
    }
}
