package dev.foyer.deals;

import static dev.foyer.deals.DealApi.deal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.SignedInClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input to the deals API: a 400 problem document naming each bad field, and nothing written. */
@FoyerIntegrationTest
class DealValidationApiTest {

    @LocalServerPort
    int port;

    SignedInClient user;

    @BeforeEach
    void signUp() {
        user = SignedInClient.signUp(new ApiClient(port));
    }

    static Stream<Arguments> badDeals() {
        return Stream.of(
                Arguments.of("{\"value\": 100}", "title"),
                Arguments.of("{\"title\": \"  \", \"value\": 100}", "title"),
                Arguments.of("{\"title\": \"\u3000\", \"value\": 100}", "title"),
                Arguments.of("{\"title\": \"Deal\"}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 0}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": -5}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 10.005}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": \"10.005\"}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 10000000000}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": \"lots\"}", "value"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"currency\": \"XYZ\"}", "currency"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"currency\": \"AUDD\"}", "currency"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"stage\": \"Daydreaming\"}", "stage"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"probability\": 101}", "probability"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"probability\": -1}", "probability"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"expectedCloseDate\": \"31/03/2026\"}",
                        "expectedCloseDate"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"nextActionDue\": \"tomorrow\"}", "nextActionDue"),
                Arguments.of("{\"title\": \"Deal\", \"value\": 100, \"contactId\": \"not-a-uuid\"}", "contactId"));
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("badDeals")
    void badNewDealIsRefusedNamingTheField(String body, String field) {
        var refused = user.post("/api/deals", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/validation");
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(user.get("/api/deals").json().path("total").asLong()).isZero();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var refused = user.post("/api/deals", Map.of("title", "", "value", 0, "currency", "XYZ", "probability", 101));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("title", "value", "currency", "probability");
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("badPatches")
    void badChangeIsRefusedNamingTheFieldAndChangesNothing(String body, String field) {
        UUID id = DealApi.create(user, deal("Enterprise License", 5000));

        var refused = user.patch("/api/deals/" + id, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly(field);
        var unchanged = DealApi.get(user, id);
        assertThat(unchanged.path("title").asString()).isEqualTo("Enterprise License");
        assertThat(unchanged.path("stage").asString()).isEqualTo("Prospecting");
        assertThat(user.get("/api/deals/" + id + "/events").json().path("total").asLong()).isEqualTo(1);
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of("{\"title\": \" \"}", "title"),
                Arguments.of("{\"title\": \"\u2003\"}", "title"),
                Arguments.of("{\"title\": \"New\", \"value\": -1}", "value"),
                Arguments.of("{\"title\": \"New\", \"currency\": \"XYZ\"}", "currency"),
                Arguments.of("{\"title\": \"New\", \"stage\": \"Daydreaming\"}", "stage"),
                Arguments.of("{\"title\": \"New\", \"clear\": [\"title\"]}", "clear"),
                Arguments.of("{\"description\": \"x\", \"clear\": [\"description\"]}", "description"));
    }

    @Test
    void moveToAStageOutsideThePipelineIsRefusedNamingStage() {
        UUID id = DealApi.create(user, deal("Enterprise License", 5000));

        var refused = user.post("/api/deals/" + id + "/move", Map.of("stage", "Daydreaming"));
        var blank = user.post("/api/deals/" + id + "/move", Map.of("stage", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("stage");
        assertThat(blank.errorFields()).containsExactly("stage");
        assertThat(DealApi.get(user, id).path("stage").asString()).isEqualTo("Prospecting");
    }

    @Test
    void badIdInThePathIsRefusedNamingIt() {
        var refused = user.get("/api/deals/not-a-uuid");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("id");
        assertThat(user.patch("/api/deals/42", Map.of("title", "x")).errorFields()).containsExactly("id");
        assertThat(user.get("/api/pipeline/nope").errorFields()).containsExactly("stageId");
        for (var bad : List.of(user.delete("/api/deals/42"), user.post("/api/deals/42/archive", Map.of()),
                user.post("/api/deals/not-a-uuid/unarchive", Map.of()), user.get("/api/deals/not-a-uuid/events"))) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.errorFields()).containsExactly("id");
        }
    }

    @Test
    void badTimelineParametersAreRefusedNamingThem() {
        UUID id = DealApi.create(user, deal("Enterprise License", 5000));

        assertThat(user.get("/api/deals/" + id + "/events?limit=0").errorFields()).containsExactly("limit");
        assertThat(user.get("/api/deals/" + id + "/events?offset=-1").errorFields()).containsExactly("offset");
        assertThat(user.get("/api/deals/" + id + "/events?limit=x").errorFields()).containsExactly("limit");
    }

    @Test
    void badListParametersAreRefusedNamingThem() {
        assertThat(user.get("/api/deals?status=open").errorFields()).containsExactly("status");
        assertThat(user.get("/api/deals?limit=0").errorFields()).containsExactly("limit");
        assertThat(user.get("/api/deals?offset=-1").errorFields()).containsExactly("offset");
        assertThat(user.get("/api/deals?contactId=x").errorFields()).containsExactly("contactId");
    }

    @Test
    void aListByAStageOutsideThePipelineIsRefusedNamingStage() {
        DealApi.create(user, deal("Enterprise License", 5000));

        var refused = user.get("/api/deals?stage=Daydreaming");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("stage");
        assertThat(user.get("/api/deals?stage=Prospecting").json().path("total").asLong()).isEqualTo(1);
    }
}
