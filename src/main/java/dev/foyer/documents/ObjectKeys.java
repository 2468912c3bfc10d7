package dev.foyer.documents;

import java.util.regex.Pattern;

/** Keys are made by the server; anything else (.., absolute paths, odd bytes) is a bug or an attack. */
final class ObjectKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*)*");

    private ObjectKeys() {
    }

    static String require(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an object key: " + key);
        }
        return key;
    }
}
