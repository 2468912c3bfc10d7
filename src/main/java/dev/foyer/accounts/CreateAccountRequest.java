package dev.foyer.accounts;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new customer account. Addresses are objects of {@code street}, {@code city}, {@code state},
 * {@code zip} and {@code country}; tags are short labels to filter by.
 */
record CreateAccountRequest(
        @NotBlank @Size(max = 200) String companyName,
        @NotNull @Pattern(regexp = CustomerTypes.PATTERN, message = CustomerTypes.MESSAGE) String customerType,
        @Schema(implementation = Address.class) Map<String, Object> billingAddress,
        @Schema(implementation = Address.class) Map<String, Object> serviceAddress,
        @Size(max = 10_000) String notes,
        List<String> tags) {

    AccountChange toChange() {
        return AccountChange.of(companyName, customerType, billingAddress, serviceAddress, notes, tags);
    }
}
