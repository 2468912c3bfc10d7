package dev.foyer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the pages stand on, over plain HTTP: assets are public and resolve, errors stay friendly. */
@FoyerIntegrationTest
class WebAssetsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void htmxResolvesFromItsWebjarWithoutAVersionInThePath() throws Exception {
        var response = get("/webjars/htmx.org/dist/htmx.min.js", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
    }

    @Test
    void stylesheetScriptAndFaviconArePublic() throws Exception {
        for (var path : new String[] {"/css/foyer.css", "/js/app.js", "/images/favicon.svg"}) {
            assertThat(get(path, "*/*").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void homePageIsServedUnderAStrictContentSecurityPolicy() throws Exception {
        var response = get("/", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'"));
    }

    @Test
    void unknownPageIsAFriendly404WithoutInternals() throws Exception {
        var response = get("/no-such-page", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page", "href=\"/\"")
                .doesNotContain("Exception", "trace", "Whitelabel");
    }

    @Test
    void unknownApiPathStillAnswers401() throws Exception {
        assertThat(get("/api/no-such-thing", "application/json").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
