package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.FoyerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

@FoyerIntegrationTest
class ApplicationStartsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthReportsTheDatabase() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"");
    }

    @Test
    void serverQueriesAsTheApplicationRole() {
        var role = jdbc.sql("""
                select current_user as name, rolsuper, rolbypassrls
                  from pg_roles where rolname = current_user
                """).query((rs, n) -> rs.getString("name") + " super=" + rs.getBoolean("rolsuper")
                + " bypass=" + rs.getBoolean("rolbypassrls")).single();

        assertThat(role).isEqualTo("foyer_app super=false bypass=false");
    }
}
