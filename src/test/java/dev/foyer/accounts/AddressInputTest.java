package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.foyer.api.ApiException.FieldError;
import org.junit.jupiter.api.Test;

/** Reading seed 002's address objects: known parts only, text only, sane lengths and formats. */
class AddressInputTest {

    final List<FieldError> errors = new ArrayList<>();

    @Test
    void readsEveryPartTrimmedAndDropsBlankOnes() {
        var address = AddressInput.read("billingAddress", Map.of("street", " 1 High St ", "city", "Leeds",
                "state", "", "zip", "LS1 4AP", "country", "United Kingdom"), errors);

        assertThat(errors).isEmpty();
        assertThat(address).isEqualTo(new Address("1 High St", "Leeds", null, "LS1 4AP", "United Kingdom"));
    }

    @Test
    void absentAddressIsNullAndEmptyAddressIsEmpty() {
        assertThat(AddressInput.read("billingAddress", null, errors)).isNull();
        assertThat(AddressInput.read("billingAddress", Map.of(), errors)).isEqualTo(Address.EMPTY);
        assertThat(errors).isEmpty();
    }

    @Test
    void acceptsCommonPostcodesAndCountryForms() {
        for (String zip : List.of("12345", "12345-6789", "SW1A 1AA", "K1A 0B1", "2000", "1011 AB")) {
            AddressInput.read("a", Map.of("zip", zip), errors);
        }
        for (String country : List.of("USA", "AU", "Côte d'Ivoire", "United States")) {
            AddressInput.read("a", Map.of("country", country), errors);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void namesEachBadPartUnderItsAddress() {
        var body = new HashMap<String, Object>();
        body.put("street2", "Suite 4");
        body.put("city", List.of("Anytown"));
        body.put("zip", "1234567890123");
        body.put("country", "42");
        body.put("street", "x".repeat(201));

        assertThat(AddressInput.read("serviceAddress", body, errors)).isNull();

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("serviceAddress.street2",
                "serviceAddress.city", "serviceAddress.zip", "serviceAddress.country", "serviceAddress.street");
    }

    @Test
    void refusesControlCharacters() {
        AddressInput.read("billingAddress", Map.of("street", "1 Main\u0000St"), errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("billingAddress.street");
    }
}
