package dev.foyer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Facebook's Graph API on the shared fake server: debug_token and /me for the tokens a test issued. */
public class FakeFacebookGraph {

    public static final String APP_ID = "424242";
    static final String APP_SECRET = "fake-app-secret";

    record Account(String userId, String name, String email, String appId, long expiresAt) {
    }

    private final Map<String, Account> tokens = new ConcurrentHashMap<>();

    FakeFacebookGraph(HttpServer server) {
        server.createContext("/v21.0/debug_token", this::debugToken);
        server.createContext("/v21.0/me", this::me);
    }

    /** A user access token Facebook will vouch for until {@code expiresAt}. */
    public String issueToken(String userId, String name, String email, Instant expiresAt) {
        String token = "EAA" + java.util.UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, new Account(userId, name, email, APP_ID, expiresAt.getEpochSecond()));
        return token;
    }

    /** A token for another app, which Foyer must not accept. */
    public String issueTokenForAnotherApp(String userId, Instant expiresAt) {
        String token = "EAA" + java.util.UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, new Account(userId, null, null, "999999", expiresAt.getEpochSecond()));
        return token;
    }

    private void debugToken(HttpExchange exchange) throws IOException {
        var query = query(exchange);
        if (!(APP_ID + "|" + APP_SECRET).equals(query.get("access_token"))) {
            FakeProviders.respond(exchange, 400, "{\"error\": {\"message\": \"Invalid app token\", \"code\": 190}}");
            return;
        }
        Account account = tokens.get(query.get("input_token"));
        if (account == null) {
            FakeProviders.respond(exchange, 200, "{\"data\": {\"is_valid\": false}}");
            return;
        }
        FakeProviders.respond(exchange, 200, """
                {"data": {"app_id": "%s", "type": "USER", "expires_at": %d, "is_valid": true, "user_id": "%s"}}
                """.formatted(account.appId(), account.expiresAt(), account.userId()));
    }

    private void me(HttpExchange exchange) throws IOException {
        Account account = tokens.get(query(exchange).get("access_token"));
        if (account == null) {
            FakeProviders.respond(exchange, 401, "{\"error\": {\"message\": \"Invalid OAuth access token\", \"code\": 190}}");
            return;
        }
        FakeProviders.respond(exchange, 200, """
                {"id": "%s", "name": %s, "email": %s,
                 "picture": {"data": {"url": "https://graph.example/%s/picture"}}}
                """.formatted(account.userId(), quoted(account.name()), quoted(account.email()), account.userId()));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static Map<String, String> query(HttpExchange exchange) {
        var parameters = new HashMap<String, String>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }
}
