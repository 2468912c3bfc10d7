package dev.foyer.accounts.web;

import java.util.Arrays;
import java.util.List;

import dev.foyer.accounts.AccountChange;
import dev.foyer.accounts.AccountView;
import dev.foyer.accounts.CustomerTypes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The account form's fields. Tags are one comma-separated box; "same as billing" makes the service
 * address a copy of the billing one on the server too, so the box works without JavaScript (which
 * only copies the fields so the user sees it).
 */
record AccountForm(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @Pattern(regexp = CustomerTypes.PATTERN) String customerType,
        @Valid AddressForm billingAddress,
        @Valid AddressForm serviceAddress,
        Boolean sameAsBilling,
        @Size(max = 10_000) String notes,
        @Size(max = 1_000) String tags) {

    static AccountForm empty() {
        return new AccountForm("", "", AddressForm.EMPTY, AddressForm.EMPTY, false, "", "");
    }

    static AccountForm of(AccountView account) {
        var billing = AddressForm.of(account.billingAddress());
        var service = AddressForm.of(account.serviceAddress());
        return new AccountForm(account.companyName(), account.customerType(), billing, service,
                !billing.isEmpty() && billing.equals(service), account.notes() == null ? "" : account.notes(),
                String.join(", ", account.tags()));
    }

    /**
     * Every field, so an emptied one is cleared; addresses and tags are checked by the module, which
     * refuses them by name ({@code billingAddress.zip}) as it does for the JSON API.
     */
    AccountChange toChange() {
        var billing = orEmpty(billingAddress);
        var service = Boolean.TRUE.equals(sameAsBilling) ? billing : orEmpty(serviceAddress);
        return AccountChange.of(companyName, customerType, billing.toBody(), service.toBody(),
                notes == null ? "" : notes, tagList());
    }

    List<String> tagList() {
        return tags == null ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static AddressForm orEmpty(AddressForm address) {
        return address == null ? AddressForm.EMPTY : address;
    }
}
