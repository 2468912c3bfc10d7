package dev.foyer.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer account as the API shows it. {@code contacts} is there when one account is read (primary
 * contact first) and left out of lists, which carry {@code contactCount} instead.
 */
public record AccountView(UUID id, String companyName, String customerType, Address billingAddress,
                          Address serviceAddress, String notes, List<String> tags, long contactCount,
                          UUID createdBy, UUID updatedBy, Instant createdAt, Instant updatedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<AccountContactView> contacts) {

    AccountView withContacts(List<AccountContactView> contacts) {
        return new AccountView(id, companyName, customerType, billingAddress, serviceAddress, notes, tags,
                contacts.size(), createdBy, updatedBy, createdAt, updatedAt, List.copyOf(contacts));
    }
}
