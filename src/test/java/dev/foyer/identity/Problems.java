package dev.foyer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foyer.ApiClient;

/** Assertions on the RFC 9457 problem documents the API answers with. */
final class Problems {

    private Problems() {
    }

    /** The answer is this status with this problem type, e.g. {@code 401, "unauthorized"}. */
    static void assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.text("type")).isEqualTo("/problems/" + type);
    }

    /** A 400 (or 409) whose problem document names this field. */
    static void assertNamesField(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.errorFields()).contains(field);
    }
}
