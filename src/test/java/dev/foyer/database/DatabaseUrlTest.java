package dev.foyer.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheSeedsForm() {
        var url = DatabaseUrl.parse("postgresql://postgres:postgres@localhost:5432/agency_platform");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/agency_platform");
        assertThat(url.user()).isEqualTo("postgres");
        assertThat(url.password()).isEqualTo("postgres");
    }

    @Test
    void readsAJdbcUrlWithCredentialsAsParameters() {
        var url = DatabaseUrl.parse("jdbc:postgresql://db.internal:6543/foyer?user=owner&password=p%40ss&sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/foyer?sslmode=require");
        assertThat(url.user()).isEqualTo("owner");
        assertThat(url.password()).isEqualTo("p@ss");
    }

    @Test
    void decodesEscapedCredentialsAndDefaultsThePort() {
        var url = DatabaseUrl.parse("postgres://us%3Aer:pa%2Fss%40word@example.org/crm");

        assertThat(url.user()).isEqualTo("us:er");
        assertThat(url.password()).isEqualTo("pa/ss@word");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.database()).isEqualTo("crm");
    }

    @Test
    void neverShowsThePasswordWhenPrinted() {
        var url = DatabaseUrl.parse("postgresql://owner:hunter2@localhost:5432/foyer");

        assertThat(url.toString()).doesNotContain("hunter2").contains("localhost:5432/foyer");
    }

    @Test
    void rejectsAnotherScheme() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:secret@localhost/foyer"))
                .isInstanceOf(DatabaseConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL is malformed")
                .hasMessageNotContaining("secret");
    }

    @Test
    void rejectsAUrlWithoutDatabase() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://owner:secret@localhost:5432"))
                .hasMessageContaining("names no database")
                .hasMessageNotContaining("secret");
    }

    @Test
    void rejectsAUrlWithoutUser() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://localhost:5432/foyer"))
                .hasMessageContaining("names no user");
    }

    @Test
    void rejectsGarbageWithoutEchoingIt() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://owner:se cret@@/x y"))
                .isInstanceOf(DatabaseConfigurationException.class)
                .hasMessageNotContaining("se cret");
    }
}
