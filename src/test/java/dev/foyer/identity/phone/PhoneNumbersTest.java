package dev.foyer.identity.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers australian = new PhoneNumbers(new PhoneProperties("AU"));

    @ParameterizedTest
    @ValueSource(strings = {"0412 345 678", "0412345678", "+61 412 345 678", "+61412345678", "(04) 1234-5678"})
    void readsAustralianMobilesWrittenLocallyOrInternationally(String raw) {
        assertThat(australian.toE164(raw)).isEqualTo("+61412345678");
    }

    @Test
    void readsAustralianLandlinesWithTheirAreaCode() {
        assertThat(australian.toE164("(02) 9374 4000")).isEqualTo("+61293744000");
    }

    @Test
    void readsOtherRegionsWhenWrittenWithPlus() {
        assertThat(australian.toE164("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(australian.toE164("+1 650-253-0000")).isEqualTo("+16502530000");
    }

    @Test
    void readsLocalNumbersInTheConfiguredRegion() {
        var american = new PhoneNumbers(new PhoneProperties("us"));

        assertThat(american.toE164("(650) 253-0000")).isEqualTo("+16502530000");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+61 412 345",        // too short
            "12345",              // too short for any Australian number
            "+61 123 456 789",    // parses, but no such number range
            "+1 555 123 4567",    // 555 is not an area code
            "hello",
            "0412 ABC DEF",       // letters would otherwise be read as keypad digits
            "0412 345 678 ext 12"})
    void rejectsNumbersThatCannotBeDialled(String raw) {
        assertThatThrownBy(() -> australian.toE164(raw))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("is not a valid phone number");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejectsAMissingNumber(String raw) {
        assertThatThrownBy(() -> australian.toE164(raw)).isInstanceOf(InvalidPhoneNumberException.class);
    }

    @Test
    void searchFormOfAValidNumberIsItsE164() {
        assertThat(australian.normaliseForSearch("0412 345 678")).isEqualTo("+61412345678");
        assertThat(australian.normaliseForSearch("+61 (0)412-345-678")).isEqualTo("+61412345678");
    }

    @Test
    void searchFormOfAnInvalidNumberIsItsDigits() {
        assertThat(australian.normaliseForSearch("(555) 12-34")).isEqualTo("5551234");
        assertThat(australian.normaliseForSearch("0412 345 678 ext 12")).isEqualTo("041234567812");
        assertThat(australian.normaliseForSearch(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0412 345 678", "0412-345-678", "(04) 1234.5678", "412345678"})
    void aSearchTypedAsALocalNumberIsItsNationalDigits(String typed) {
        assertThat(australian.searchText(typed)).isEqualTo("412345678");
    }

    @Test
    void aSearchTypedInternationallyKeepsItsCountryCode() {
        assertThat(australian.searchText("+61 412 345 678")).isEqualTo("61412345678");
        assertThat(new PhoneNumbers(new PhoneProperties("US")).searchText("1 (650) 253-0000")).isEqualTo("6502530000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chen", "sarah.chen@example.com", "0412-B", "(02)", "07", "--", "+", "R2-D2"})
    void anyOtherSearchIsLeftAsTyped(String typed) {
        assertThat(australian.searchText(typed)).isEqualTo(typed);
    }

    @Test
    void unknownDefaultRegionFailsNamingTheProperty() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new PhoneNumbers(new PhoneProperties("XX")))
                .withMessageContaining("foyer.identity.phone.default-region");
    }
}
