package dev.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.foyer.api.ApiException;
import dev.foyer.identity.phone.PhoneNumbers;
import dev.foyer.identity.phone.PhoneProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The onboarding form's rules, without a server: provinces, postal codes, ages, money, occupants. */
class OnboardingRulesTest {

    static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

    final OnboardingRules rules = new OnboardingRules(Clock.fixed(NOW, ZoneOffset.UTC),
            new ClientPhones(new PhoneNumbers(new PhoneProperties("CA"))));

    @ParameterizedTest
    @CsvSource({"A1A 1A1, NL", "B3H 4R2, NS", "C1A 7N8, PE", "E1C 4M3, NB", "G1R 4P5, QC", "H2X 1Y4, QC",
            "J8X 3X7, QC", "K1A 0B1, ON", "L5B 2C9, ON", "M5V 2T6, ON", "N2L 3G1, ON", "P3E 2C6, ON",
            "R3C 4T3, MB", "S4P 3Y2, SK", "T2P 1J9, AB", "V6B 1A1, BC", "X1A 2P7, NT", "X0A 0H0, NU", "Y1A 2C6, YT"})
    void eachRegionsPostalCodesFitIt(String postalCode, String province) {
        assertThat(CanadianAddress.fits(postalCode, province)).isTrue();
        assertThat(CanadianAddress.fits(postalCode, province.equals("ON") ? "QC" : "ON")).isFalse();
    }

    @Test
    void postalCodesAreReadLooselyAndWrittenAsCanadaPostDoes() {
        assertThat(CanadianAddress.postalCode(" k1a0b1 ")).contains("K1A 0B1");
        assertThat(CanadianAddress.postalCode("K1A 0B1")).contains("K1A 0B1");
        assertThat(CanadianAddress.postalCode("W1A 0B1")).isEmpty();
        assertThat(CanadianAddress.postalCode("D1A 0B1")).isEmpty();
        assertThat(CanadianAddress.postalCode("K1O 0B1")).isEmpty();
        assertThat(CanadianAddress.postalCode("90210")).isEmpty();
        assertThat(CanadianAddress.province("qc")).contains("QC");
        assertThat(CanadianAddress.province("Quebec")).isEmpty();
        assertThat(CanadianAddress.PROVINCES).hasSize(13);
    }

    @Test
    void aProvinceAndAPostalCodeThatDisagreeAreRefusedNamingTheOneChanged() {
        var current = rules.read(Map.of("currentProvince", "AB"));

        assertThat(fieldsRefused(() -> rules.apply(current, rules.read(Map.of("currentPostalCode", "V6B 1A1")))))
                .containsExactly("currentPostalCode");
        assertThat(rules.apply(current, rules.read(Map.of("currentPostalCode", "t2p1j9"))))
                .containsEntry(OnboardingField.CURRENT_POSTAL_CODE, "T2P 1J9");
    }

    @Test
    void anAdultIsEighteenOnTheirBirthday() {
        assertThat(rules.read(Map.of("dateOfBirth", "2008-03-15"))).containsEntry(OnboardingField.DATE_OF_BIRTH,
                LocalDate.of(2008, 3, 15));
        assertThat(fieldsRefused(() -> rules.read(Map.of("dateOfBirth", "2008-03-16")))).containsExactly("dateOfBirth");
        assertThat(fieldsRefused(() -> rules.read(Map.of("dateOfBirth", "2027-01-01")))).containsExactly("dateOfBirth");
        assertThat(fieldsRefused(() -> rules.read(Map.of("dateOfBirth", "15/03/1990")))).containsExactly("dateOfBirth");
    }

    @Test
    void employmentStartsTodayAtTheLatest() {
        assertThat(rules.read(Map.of("employmentStartDate", "2026-03-15"))).hasSize(1);
        assertThat(fieldsRefused(() -> rules.read(Map.of("employmentStartDate", "2026-03-16"))))
                .containsExactly("employmentStartDate");
    }

    @Test
    void incomeIsWholeDollarsAndOccupantsAtLeastOne() {
        assertThat(rules.read(Map.of("monthlyIncome", 0L, "numberOfOccupants", "1")))
                .containsEntry(OnboardingField.MONTHLY_INCOME, 0).containsEntry(OnboardingField.NUMBER_OF_OCCUPANTS, 1);
        assertThat(fieldsRefused(() -> rules.read(Map.of("monthlyIncome", "4500.50", "numberOfOccupants", 0L))))
                .containsExactlyInAnyOrder("monthlyIncome", "numberOfOccupants");
        assertThat(fieldsRefused(() -> rules.read(Map.of("monthlyIncome", -1L)))).containsExactly("monthlyIncome");
    }

    @Test
    void phonesAreStoredInE164AndPetsAsYesNoOrADescription() {
        var read = rules.read(Map.of("phone", "(613) 555-0123", "hasPets", "YES", "additionalNotes", " quiet "));

        assertThat(read).containsEntry(OnboardingField.PHONE, "+16135550123")
                .containsEntry(OnboardingField.HAS_PETS, "yes").containsEntry(OnboardingField.ADDITIONAL_NOTES, "quiet");
        assertThat(rules.read(Map.of("hasPets", "A small dog"))).containsEntry(OnboardingField.HAS_PETS, "A small dog");
        assertThat(fieldsRefused(() -> rules.read(Map.of("employerPhone", "12345")))).containsExactly("employerPhone");
    }

    @Test
    void blankOrNullClearsAField() {
        var changes = new HashMap<String, Object>();
        changes.put("currentCity", "  ");
        changes.put("jobTitle", null);

        assertThat(rules.read(changes)).containsEntry(OnboardingField.CURRENT_CITY, null)
                .containsEntry(OnboardingField.JOB_TITLE, null);
    }

    @Test
    void submittingNamesEveryRequiredFieldStillEmpty() {
        assertThat(fieldsRefused(() -> rules.requireComplete(Map.of())))
                .hasSameSizeAs(OnboardingRules.REQUIRED_TO_SUBMIT).contains("hasPets", "monthlyIncome");
    }

    private static List<String> fieldsRefused(Runnable work) {
        try {
            work.run();
        } catch (ApiException refused) {
            return refused.errors().stream().map(ApiException.FieldError::field).toList();
        }
        throw new AssertionError("not refused");
    }
}
