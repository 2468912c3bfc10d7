package dev.foyer.accounts;

import java.util.List;
import java.util.Map;

import dev.foyer.api.BlankText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes to an account: a missing or {@code null} field stays as it is; {@code notes: ""} clears
 * the notes, an address {@code {}} clears the address, {@code tags: []} removes every tag.
 */
record UpdateAccountRequest(
        @Size(max = 200) @Pattern(regexp = BlankText.NOT_BLANK, message = "must not be blank") String companyName,
        @Pattern(regexp = CustomerTypes.PATTERN, message = CustomerTypes.MESSAGE) String customerType,
        @Schema(implementation = Address.class) Map<String, Object> billingAddress,
        @Schema(implementation = Address.class) Map<String, Object> serviceAddress,
        @Size(max = 10_000) String notes,
        List<String> tags) {

    AccountChange toChange() {
        return AccountChange.of(companyName, customerType, billingAddress, serviceAddress, notes, tags);
    }
}
