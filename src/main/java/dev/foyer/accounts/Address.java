package dev.foyer.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A billing or service address in seed 002's JSONB shape. Stored and shown without the parts that
 * are absent; an address with no parts is {@code {}}, the column's default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(String street, String city, String state, String zip, String country) {

    public static final Address EMPTY = new Address(null, null, null, null, null);
}
