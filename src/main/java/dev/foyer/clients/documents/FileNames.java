package dev.foyer.clients.documents;

import java.text.Normalizer;

/**
 * A client's file name made safe to store and to send back in a {@code Content-Disposition}: no
 * directory parts (so no {@code ../}), no control or bidirectional-override characters, no leading
 * dots, at most {@value #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 150;

    private FileNames() {
    }

    static String clean(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .forEach(kept::appendCodePoint);
        name = kept.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[.\\s]+", "");
        if (name.isEmpty()) {
            return "file";
        }
        return shorten(name);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }
}
