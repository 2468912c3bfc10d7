package dev.foyer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The outside services Foyer talks to, as local HTTP servers the whole test run shares: Twilio
 * (the server's SMS go there and tests read the codes back), Google's JWKS and Facebook's Graph API.
 * The server under test uses its real clients against them, and keeps its documents in {@link FakeS3}.
 */
public class FakeProviders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String TWILIO_SID = "AC00000000000000000000000000000001";
    private static final HttpServer SERVER = start();
    private static final Map<String, List<String>> SMS = new ConcurrentHashMap<>();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern TO = Pattern.compile("(?:^|&)To=([^&]*)");
    private static final Pattern BODY = Pattern.compile("(?:^|&)Body=([^&]*)");

    public static final FakeGoogleAccounts GOOGLE = new FakeGoogleAccounts(SERVER);
    public static final FakeFacebookGraph FACEBOOK = new FakeFacebookGraph(SERVER);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "foyer.identity.sms.provider=twilio",
                "foyer.identity.sms.twilio.base-url=" + baseUrl(),
                "foyer.identity.sms.twilio.account-sid=" + TWILIO_SID,
                "foyer.identity.sms.twilio.auth-token=test-auth-token",
                "foyer.identity.sms.twilio.from-number=+61491570110",
                "foyer.identity.google.client-ids=" + FakeGoogleAccounts.CLIENT_ID,
                "foyer.identity.google.jwks-uri=" + baseUrl() + FakeGoogleAccounts.JWKS_PATH,
                "foyer.identity.facebook.app-id=" + FakeFacebookGraph.APP_ID,
                "foyer.identity.facebook.app-secret=" + FakeFacebookGraph.APP_SECRET,
                "foyer.identity.facebook.graph-base-url=" + baseUrl());
        // The API tests store documents in S3; ObjectStorageContractTest holds the filesystem to the same contract.
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, FakeS3.serverProperties());
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    /** Every SMS the server sent to this phone (E.164), oldest first. */
    public static List<String> messagesTo(String e164) {
        return List.copyOf(SMS.getOrDefault(e164, List.of()));
    }

    /** The code of the last SMS to this phone. */
    public static String lastCode(String e164) {
        var messages = messagesTo(e164);
        if (messages.isEmpty()) {
            throw new AssertionError("No SMS was sent to " + e164);
        }
        Matcher matcher = CODE.matcher(messages.get(messages.size() - 1));
        if (!matcher.find()) {
            throw new AssertionError("No code in the SMS to " + e164);
        }
        return matcher.group(1);
    }

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json", FakeProviders::twilio);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void twilio(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String to = field(TO, form);
        SMS.computeIfAbsent(to, phone -> new CopyOnWriteArrayList<>()).add(field(BODY, form));
        respond(exchange, 201, "{\"sid\": \"SM" + "0".repeat(32) + "\", \"status\": \"queued\"}");
    }

    static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String field(Pattern pattern, String form) {
        Matcher matcher = pattern.matcher(form);
        return matcher.find() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : "";
    }
}
