package dev.foyer.contacts.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.foyer.contacts.ContactView;
import dev.foyer.contacts.Tag;

/** A contact as a row of the list shows it, with first and last name as one. */
record ContactRow(UUID id, String name, String company, String email, String phone, List<Tag> tags) {

    static ContactRow of(ContactView contact) {
        return new ContactRow(contact.id(), name(contact), contact.company(), contact.email(), contact.phone(),
                contact.tags());
    }

    /** The name a person is known by; a contact always has at least one of the two (the service sees to it). */
    static String name(ContactView contact) {
        return name(contact.firstName(), contact.lastName());
    }

    static String name(String firstName, String lastName) {
        return Stream.of(firstName, lastName).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
