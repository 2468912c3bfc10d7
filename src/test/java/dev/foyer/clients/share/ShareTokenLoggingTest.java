package dev.foyer.clients.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.TestUsers;
import dev.foyer.documents.ObjectStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whoever reads a log must not be able to open a client's profile: with everything logged down to
 * TRACE, as an operator chasing a problem would set it, no line and no stack trace holds a link's
 * token, whether the page works, is gone, fails or is asked for in a way Foyer does not serve.
 */
@FoyerIntegrationTest
class ShareTokenLoggingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectStorage storage;

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void capture() {
        captured.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        captured.start();
        root.addAppender(captured);
        previousLevel = root.getLevel();
    }

    @AfterEach
    void release() {
        root.setLevel(previousLevel);
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void noLogLineHoldsTheTokenWhateverHappensToTheRequest() {
        var clients = new SharedClients(new ApiClient(port), users, jdbc, storage);
        var pair = clients.pair();
        UUID stored = clients.document(pair, "Pay stub", "pay.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        UUID lost = clients.documentRow(pair, "Lost", "lost.pdf", "onboarding/" + UUID.randomUUID(), 10);
        UUID broken = clients.document(pair, "Broken", "broken.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        clients.spoilMediaType(pair, broken);
        var created = pair.realtor().post("/api/share-links", pair.link());
        String url = created.text("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        var landlord = new Landlord(port);

        root.setLevel(Level.TRACE);
        List<Integer> statuses = List.of(
                landlord.open(url).statusCode(),
                landlord.download(url + "/documents/" + stored).statusCode(),
                landlord.download(url + "/documents/" + lost).statusCode(),
                landlord.download(url + "/documents/" + broken).statusCode(),
                landlord.open(url + "/nothing-here").statusCode(),
                landlord.postPath("/share/" + token).statusCode(),
                landlord.openPath("/share/" + token + "%00").statusCode());
        root.setLevel(previousLevel);
        pair.realtor().delete("/api/share-links/" + created.text("id"));
        root.setLevel(Level.TRACE);
        int gone = landlord.open(url).statusCode();
        root.setLevel(previousLevel);

        assertThat(statuses).containsExactly(200, 200, 404, 500, 404, 403, 400);
        assertThat(gone).isEqualTo(410);
        assertThat(captured.list).as("the requests were logged, with the token taken out")
                .anyMatch(e -> e.getFormattedMessage().contains("/share/" + ShareTokenFilter.MASK));
        assertThat(captured.list).as("the failed download was logged with its stack trace")
                .anyMatch(e -> e.getLevel() == Level.ERROR && e.getThrowableProxy() != null);
        assertThat(captured.list).filteredOn(e -> everything(e).contains(token))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
    }

    private static String everything(ILoggingEvent event) {
        String text = event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap();
        return event.getThrowableProxy() == null ? text : text + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }
}
