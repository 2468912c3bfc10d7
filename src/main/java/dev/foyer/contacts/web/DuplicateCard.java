package dev.foyer.contacts.web;

import java.util.List;
import java.util.UUID;

import dev.foyer.contacts.DuplicateGroup;
import dev.foyer.contacts.Tag;

/** A group of duplicates as the page draws it: what they share, and each contact with its name as one. */
record DuplicateCard(String reason, String value, List<Member> contacts) {

    record Member(UUID id, String name, String email, String phone, String company, List<Tag> tags, long dealCount) {
    }

    static DuplicateCard of(DuplicateGroup group) {
        return new DuplicateCard(group.reason(), group.value(), group.contacts().stream()
                .map(c -> new Member(c.id(), ContactRow.name(c.firstName(), c.lastName()), c.email(), c.phone(),
                        c.company(), c.tags(), c.dealCount()))
                .toList());
    }
}
