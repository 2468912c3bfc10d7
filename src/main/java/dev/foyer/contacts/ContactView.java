package dev.foyer.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as the API shows it, with its tags. */
public record ContactView(UUID id, String firstName, String lastName, String email, String phone, String company,
                          String jobTitle, String notes, List<Tag> tags, Instant createdAt, Instant updatedAt) {

    ContactView withTags(List<Tag> tags) {
        return new ContactView(id, firstName, lastName, email, phone, company, jobTitle, notes, tags, createdAt,
                updatedAt);
    }
}
