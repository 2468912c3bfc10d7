package dev.foyer.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Contacts of one user that look like the same person: they share an email (in any case) or a
 * normalised phone number. A contact may be in two groups, one for each.
 *
 * @param reason {@code email} or {@code phone}
 * @param value  the shared email, lower case, or the shared normalised phone
 */
public record DuplicateGroup(String reason, String value, List<Member> contacts) {

    /** A contact of the group, oldest first, with its tags by name and how many deals name it. */
    public record Member(UUID id, String firstName, String lastName, String email, String phone, String company,
                         Instant createdAt, List<Tag> tags, long dealCount) {
    }
}
