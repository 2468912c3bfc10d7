package dev.foyer.database;

import java.util.regex.Pattern;

/** Role names end up in DDL (GRANT ... TO role), where no bind parameter can stand. */
final class Identifiers {

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Identifiers() {
    }

    static String requireSimple(String name, String variable) {
        if (name == null || !SIMPLE.matcher(name).matches()) {
            throw new DatabaseConfigurationException(variable
                    + " must be a lower-case PostgreSQL role name (letters, digits, underscore), got '" + name + "'");
        }
        return name;
    }
}
