package dev.foyer.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.foyer.api.ApiException;
import dev.foyer.api.ApiException.FieldError;

/**
 * A new account or a change to one, checked: {@code null} leaves a field as it is (on creation: the
 * column's default), notes {@code ""} clears them, an address {@code {}} clears it, tags {@code []}
 * removes them all.
 */
public record AccountChange(String companyName, String customerType, Address billingAddress, Address serviceAddress,
                     String notes, List<String> tags) {

    /**
     * Reads the parts that bean validation cannot: addresses and tags, every problem in one 400. Public
     * for the account pages, whose form sends the same parts as the JSON body.
     */
    public static AccountChange of(String companyName, String customerType, Map<String, Object> billingAddress,
                            Map<String, Object> serviceAddress, String notes, List<String> tags) {
        List<FieldError> errors = new ArrayList<>();
        Address billing = AddressInput.read("billingAddress", billingAddress, errors);
        Address service = AddressInput.read("serviceAddress", serviceAddress, errors);
        List<String> cleanTags = Tags.read(tags, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new AccountChange(companyName == null ? null : companyName.strip(), customerType, billing, service,
                notes == null ? null : notes.strip(), cleanTags);
    }

    /** A new account: what the request leaves out takes the column's default. */
    AccountChange withDefaults() {
        return new AccountChange(companyName, customerType, orEmpty(billingAddress), orEmpty(serviceAddress),
                blankToNull(notes), tags == null ? List.of() : tags);
    }

    /** The account as it is after this change: what the change leaves out stays as it was. */
    AccountChange appliedTo(AccountView current) {
        return new AccountChange(companyName != null ? companyName : current.companyName(),
                customerType != null ? customerType : current.customerType(),
                billingAddress != null ? billingAddress : current.billingAddress(),
                serviceAddress != null ? serviceAddress : current.serviceAddress(),
                notes != null ? blankToNull(notes) : current.notes(),
                tags != null ? tags : current.tags());
    }

    private static Address orEmpty(Address address) {
        return address == null ? Address.EMPTY : address;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
