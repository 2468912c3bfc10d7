package dev.foyer.contacts;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.foyer.identity.phone.PhoneNumbers;
import org.springframework.stereotype.Component;

/** The rows of a contacts CSV file: what the list finds for the same search and tags, all of it. */
@Component
class ContactExport {

    static final List<String> HEADER = Arrays.stream(ContactColumn.values()).map(ContactColumn::header).toList();

    private final ContactRepository contacts;
    private final PhoneNumbers phones;

    ContactExport(ContactRepository contacts, PhoneNumbers phones) {
        this.contacts = contacts;
        this.phones = phones;
    }

    /** Needs a transaction, for the cursor the rows are read through. */
    void rows(UUID userId, String q, List<UUID> tagIds, ContactListQuery.Sort sort, boolean descending,
              Consumer<String[]> row) {
        contacts.export(userId, phones.searchText(q), tagIds, sort, descending, row);
    }
}
