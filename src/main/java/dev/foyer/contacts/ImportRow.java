package dev.foyer.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One valid row of an imported file: the line it starts on, the contact, and its tag names. */
record ImportRow(long line, ContactInput contact, List<String> tags) {

    ImportRow {
        tags = List.copyOf(tags);
    }

    String emailKey() {
        return contact.email() == null ? null : contact.email().toLowerCase(Locale.ROOT);
    }

    /** This row with its empty fields filled from a later duplicate, and the tags of both. */
    ImportRow fillFrom(ImportRow later) {
        ContactInput a = contact;
        ContactInput b = later.contact;
        var filled = new ContactInput(or(a.firstName(), b.firstName()), or(a.lastName(), b.lastName()),
                or(a.email(), b.email()), or(a.phone(), b.phone()), or(a.company(), b.company()),
                or(a.jobTitle(), b.jobTitle()), or(a.notes(), b.notes()));
        return new ImportRow(line, filled, union(tags, later.tags));
    }

    /** Tag names without repeats, ignoring case; the first spelling wins. */
    static List<String> union(List<String> first, List<String> second) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (List<String> names : List.of(first, second)) {
            names.forEach(name -> byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
        }
        return List.copyOf(byKey.values());
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
