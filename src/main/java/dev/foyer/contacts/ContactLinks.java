package dev.foyer.contacts;

import java.util.UUID;

/**
 * Records another module links to contacts, such as deals. The contacts module tells each one,
 * in the transaction of the merge or the delete and before the contact row goes, so that it can
 * relink or unlink its records and keep account of it, while contacts depends on none of them.
 */
public interface ContactLinks {

    /**
     * {@code mergedId} is being merged into {@code keptId} and is deleted next: what links to it is to
     * link to the kept contact. Both contacts are held until the transaction ends.
     */
    void merging(UUID userId, UUID mergedId, UUID keptId);

    /**
     * {@code contactId} is deleted next, and its foreign keys then unlink what links to it. The
     * contact is held until the transaction ends, so nothing links to it meanwhile.
     */
    void deleting(UUID userId, UUID contactId);
}
