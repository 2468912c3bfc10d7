package dev.foyer.contacts;

import java.util.UUID;

/**
 * A section another module adds to a contact's page, such as the contact's deals. The contacts
 * module draws whatever panels exist without knowing them, so that modules which link their records
 * to contacts may depend on contacts, and never the other way round.
 * <p>
 * The template must define a fragment {@code panel(data)}; it gets what {@link #data} answers.
 */
public interface ContactPanel {

    /** The template holding the {@code panel(data)} fragment, e.g. {@code deals/contact-deals}. */
    String template();

    /** What the fragment shows for this contact of this user. */
    Object data(UUID userId, UUID contactId);
}
