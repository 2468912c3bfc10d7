package dev.foyer.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import will write, decided before anything is written. A row whose email (in any case)
 * belongs to an existing contact or to an earlier row of the file is a duplicate: skipped, or
 * merged into that contact or row by filling its empty fields and adding its tags.
 */
record ImportPlan(List<Planned> inserts, List<Planned> merges, int mergedRows, int skippedRows) {

    /** A contact to write: a new one with a fresh id, or an existing one to fill. */
    record Planned(UUID contactId, ImportRow row) {
    }

    enum Duplicates {
        SKIP, MERGE
    }

    /**
     * @param existing the user's contact ids by lower-case email, for the emails of the file's rows
     */
    static ImportPlan of(List<ImportRow> rows, Map<String, UUID> existing, Duplicates duplicates) {
        Map<Object, Planned> inserts = new LinkedHashMap<>();
        Map<UUID, Planned> merges = new LinkedHashMap<>();
        int merged = 0;
        int skipped = 0;
        for (ImportRow row : rows) {
            String email = row.emailKey();
            UUID match = email == null ? null : existing.get(email);
            Planned earlier = email == null ? null : inserts.get(email);
            if (match == null && earlier == null) {
                inserts.put(email == null ? new Object() : email, new Planned(UUID.randomUUID(), row));
            } else if (duplicates == Duplicates.SKIP) {
                skipped++;
            } else if (match != null) {
                merges.merge(match, new Planned(match, row), (a, b) -> new Planned(match, a.row().fillFrom(b.row())));
                merged++;
            } else {
                inserts.put(email, new Planned(earlier.contactId(), earlier.row().fillFrom(row)));
                merged++;
            }
        }
        return new ImportPlan(new ArrayList<>(inserts.values()), new ArrayList<>(merges.values()), merged, skipped);
    }

    List<Planned> all() {
        var all = new ArrayList<Planned>(inserts);
        all.addAll(merges);
        return all;
    }
}
