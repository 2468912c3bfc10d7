package dev.foyer.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer account as the API shows it. {@code contacts} is there when one account is read: its
 * first page, primary contact first, of the {@code contactCount} that {@code contactsUrl} pages
 * through. Lists leave both out and carry {@code contactCount} alone.
 */
public record AccountView(UUID id, String companyName, String customerType, Address billingAddress,
                          Address serviceAddress, String notes, List<String> tags, long contactCount,
                          UUID createdBy, UUID updatedBy, Instant createdAt, Instant updatedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<AccountContactView> contacts,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String contactsUrl) {

    AccountView withFirstContacts(List<AccountContactView> firstContacts) {
        return new AccountView(id, companyName, customerType, billingAddress, serviceAddress, notes, tags,
                contactCount, createdBy, updatedBy, createdAt, updatedAt, List.copyOf(firstContacts),
                "/api/accounts/" + id + "/contacts");
    }
}
