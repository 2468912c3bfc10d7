package dev.foyer.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.foyer.accounts.Address;
import jakarta.validation.constraints.Size;

/** One address fieldset of the account form, with the lengths the JSON API allows. */
record AddressForm(@Size(max = 200) String street, @Size(max = 100) String city, @Size(max = 100) String state,
                   @Size(max = 12) String zip, @Size(max = 60) String country) {

    static final AddressForm EMPTY = new AddressForm("", "", "", "", "");

    static AddressForm of(Address address) {
        return address == null ? EMPTY : new AddressForm(text(address.street()), text(address.city()),
                text(address.state()), text(address.zip()), text(address.country()));
    }

    /**
     * The address as the JSON body would send it, for the module to check the same way: every part,
     * a blank one counting as absent, so that emptying a field clears it.
     */
    Map<String, Object> toBody() {
        var body = new LinkedHashMap<String, Object>();
        body.put("street", street);
        body.put("city", city);
        body.put("state", state);
        body.put("zip", zip);
        body.put("country", country);
        return body;
    }

    boolean isEmpty() {
        return toBody().values().stream().allMatch(part -> part == null || part.toString().isBlank());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
