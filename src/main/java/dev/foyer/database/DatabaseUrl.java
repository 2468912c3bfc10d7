package dev.foyer.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A PostgreSQL location as operators write it: {@code postgresql://user:pass@host:port/db} (the
 * form of the seeds' {@code .env} files) or {@code jdbc:postgresql://host:port/db?user=..}.
 * Messages name the host, never the password.
 */
record DatabaseUrl(String host, int port, String database, String user, String password,
                   Map<String, String> parameters) {

    static final String VARIABLE = "DATABASE_URL";
    private static final int DEFAULT_PORT = 5432;

    static DatabaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("it is empty");
        }
        String trimmed = text.strip();
        boolean jdbc = trimmed.startsWith("jdbc:postgresql://");
        String uriText = jdbc ? trimmed.substring("jdbc:".length()) : trimmed;
        if (!uriText.startsWith("postgresql://") && !uriText.startsWith("postgres://")) {
            throw invalid("it must start with postgresql:// or jdbc:postgresql://");
        }
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            throw invalid("it is not a valid URL (" + e.getReason() + ")");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw invalid("it names no host");
        }
        String path = uri.getRawPath();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw invalid("it names no database (expected .../database after the host)");
        }
        Map<String, String> parameters = parseQuery(uri.getRawQuery());
        String user = parameters.remove("user");
        String password = parameters.remove("password");
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? password : decode(userInfo.substring(colon + 1));
        }
        if (user == null || user.isBlank()) {
            throw invalid("it names no user (expected postgresql://user:password@host:port/database)");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new DatabaseUrl(host, port, decode(path.substring(1)), user, password, parameters);
    }

    String jdbcUrl() {
        return jdbcUrl(database);
    }

    String jdbcUrl(String otherDatabase) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** Host, port and database, for messages: never the credentials. */
    String describe() {
        return host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + user + "@" + describe() + "]";
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            parameters.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static DatabaseConfigurationException invalid(String reason) {
        return new DatabaseConfigurationException(VARIABLE + " is malformed: " + reason);
    }
}
