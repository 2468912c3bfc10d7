package dev.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import dev.foyer.ApiClient;
import dev.foyer.FoyerIntegrationTest;
import dev.foyer.MutableClock;
import dev.foyer.SignedInClient;
import dev.foyer.identity.OtpWindows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The client fills in the onboarding form as drafts, in any order, and submits it; the realtor reads it. */
@FoyerIntegrationTest
class OnboardingApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    SignedInClient realtor;
    ClientApi.PhoneUser client;
    String path;

    @BeforeEach
    void setUp() {
        OtpWindows.startAFreshAddressWindow();
        api = new ApiClient(port);
        realtor = ClientApi.realtor(api);
        client = ClientApi.phoneUser(api);
        path = "/api/onboardings/" + ClientApi.acceptedClient(realtor, client);
    }

    @Test
    void draftsAreSavedInAnyOrderAndNullClearsAField() {
        var employment = client.client().patch(path, Map.of("employerName", " Maple Leaf Foods ", "monthlyIncome", 5200));
        var personal = client.client().patch(path, Map.of("currentPostalCode", "m5v2t6", "currentProvince", "on",
                "phone", "+1 416 555 0142", "dateOfBirth", "1990-04-21"));
        var cleared = client.client().patch(path, nullOf("employerName"));

        assertThat(employment.status()).as(employment.raw().body()).isEqualTo(200);
        assertThat(personal.status()).as(personal.raw().body()).isEqualTo(200);
        assertThat(personal.text("currentPostalCode")).isEqualTo("M5V 2T6");
        assertThat(personal.text("currentProvince")).isEqualTo("ON");
        assertThat(personal.text("phone")).isEqualTo("+14165550142");
        assertThat(personal.text("dateOfBirth")).isEqualTo("1990-04-21");
        assertThat(personal.text("employerName")).isEqualTo("Maple Leaf Foods");
        assertThat(cleared.text("employerName")).isNull();
        assertThat(cleared.json().path("monthlyIncome").asInt()).isEqualTo(5200);
        assertThat(cleared.text("submittedAt")).isNull();
        var progress = realtor.get("/api/clients/" + client.id()).json().path("onboarding");
        assertThat(progress.path("sectionsFilled").asInt()).isEqualTo(2);
        assertThat(realtor.get(path).text("currentPostalCode")).isEqualTo("M5V 2T6");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswerAndNothingIsSaved() {
        LocalDate today = LocalDate.now(MutableClock.SHARED.withZone(ZoneOffset.UTC));
        var body = new HashMap<String, Object>();
        body.put("phone", "12");
        body.put("dateOfBirth", today.minusYears(18).plusDays(1).toString());
        body.put("employmentStartDate", today.plusDays(1).toString());
        body.put("monthlyIncome", 1234.5);
        body.put("numberOfOccupants", 0);
        body.put("currentProvince", "Ontario");
        body.put("currentPostalCode", "12345");
        body.put("emergencyContactPhone", "call me");
        body.put("employerName", "x".repeat(201));
        body.put("shoeSize", "44");
        body.put("currentCity", "Toronto\u0000");

        var refused = client.client().patch(path, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("phone", "dateOfBirth", "employmentStartDate",
                "monthlyIncome", "numberOfOccupants", "currentProvince", "currentPostalCode", "emergencyContactPhone",
                "employerName", "shoeSize", "currentCity");
        var after = client.client().get(path);
        assertThat(after.text("phone")).isNull();
        assertThat(after.text("currentProvince")).isNull();
        assertThat(after.text("employerName")).isNull();
        assertThat(realtor.get("/api/clients/" + client.id()).json().path("onboarding").path("sectionsFilled").asInt())
                .isZero();
    }

    @Test
    void aPostalCodeMustFitItsProvince() {
        client.client().patch(path, Map.of("currentProvince", "BC"));

        var wrong = client.client().patch(path, Map.of("currentPostalCode", "K1A 0B1"));
        var right = client.client().patch(path, Map.of("currentPostalCode", "V6B 1A1"));
        var movedProvince = client.client().patch(path, Map.of("currentProvince", "QC"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactly("currentPostalCode");
        assertThat(right.status()).isEqualTo(200);
        assertThat(movedProvince.status()).isEqualTo(400);
        assertThat(movedProvince.errorFields()).containsExactly("currentProvince");
    }

    @Test
    void submittingNamesWhatIsMissingThenStampsAndEditsStampAgain() {
        var early = client.client().post(path + "/submit", Map.of());
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFields()).contains("phone", "dateOfBirth", "currentPostalCode", "monthlyIncome",
                "emergencyContactPhone", "numberOfOccupants", "hasPets").doesNotContain("additionalNotes", "jobTitle");

        client.client().patch(path, complete());
        var submitted = client.client().post(path + "/submit", Map.of());
        MutableClock.SHARED.advance(java.time.Duration.ofMinutes(1));
        var edited = client.client().patch(path, Map.of("hasPets", "One cat, neutered"));
        var clearing = client.client().patch(path, nullOf("phone"));

        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        assertThat(submitted.text("submittedAt")).isNotNull();
        assertThat(edited.text("hasPets")).isEqualTo("One cat, neutered");
        assertThat(java.time.Instant.parse(edited.text("submittedAt")))
                .isAfter(java.time.Instant.parse(submitted.text("submittedAt")));
        assertThat(clearing.status()).isEqualTo(400);
        assertThat(clearing.errorFields()).containsExactly("phone");
        var progress = realtor.get("/api/clients/" + client.id()).json().path("onboarding");
        assertThat(progress.path("submittedAt").asString()).isEqualTo(edited.text("submittedAt"));
        assertThat(progress.path("sectionsFilled").asInt()).isEqualTo(5);
    }

    @Test
    void theRealtorReadsButNeverWrites() {
        client.client().patch(path, Map.of("currentCity", "Toronto"));

        var read = realtor.get(path);
        var write = realtor.patch(path, Map.of("currentCity", "Ottawa"));
        var submit = realtor.post(path + "/submit", Map.of());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("clientId")).isEqualTo(client.id().toString());
        assertThat(write.status()).isEqualTo(403);
        assertThat(submit.status()).isEqualTo(403);
        assertThat(client.client().get(path).text("currentCity")).isEqualTo("Toronto");
        assertThat(realtor.get("/api/onboardings").json().findValuesAsString("id")).contains(read.text("id"));
        assertThat(client.client().get("/api/onboardings").json().get(0).path("realtorId").asString())
                .isEqualTo(realtor.userId().toString());
    }

    static Map<String, Object> complete() {
        var body = new HashMap<String, Object>();
        body.put("phone", "+14165550142");
        body.put("dateOfBirth", "1988-02-29");
        body.put("currentAddress", "100 Queen St W");
        body.put("currentCity", "Toronto");
        body.put("currentProvince", "ON");
        body.put("currentPostalCode", "M5H 2N2");
        body.put("monthlyIncome", 6400);
        body.put("emergencyContactName", "Sam Lee");
        body.put("emergencyContactPhone", "+14165550199");
        body.put("emergencyContactRelationship", "Sibling");
        body.put("numberOfOccupants", 2);
        body.put("hasPets", "no");
        return body;
    }

    private static Map<String, Object> nullOf(String field) {
        var body = new HashMap<String, Object>();
        body.put(field, null);
        return body;
    }
}
