package dev.foyer.deals;

import java.util.UUID;

import dev.foyer.contacts.ContactLinks;
import dev.foyer.deals.DealTimeline.ContactCause;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact merged away or deleted: its deals follow the kept contact, or lose their contact, and
 * each deal's timeline says so, in the transaction of the merge or the delete.
 */
@Component
class DealContactLinks implements ContactLinks {

    private final DealRepository deals;
    private final DealTimeline timeline;

    DealContactLinks(DealRepository deals, DealTimeline timeline) {
        this.deals = deals;
        this.timeline = timeline;
    }

    @Override
    @Transactional
    public void merging(UUID userId, UUID mergedId, UUID keptId) {
        var linked = deals.lockLinkedTo(userId, mergedId);
        if (!linked.isEmpty()) {
            deals.relinkContact(userId, mergedId, keptId);
            timeline.contactChanged(userId, linked, mergedId, keptId, ContactCause.MERGED);
        }
    }

    /** Recorded before the delete, while the deals still name the contact; its foreign key unlinks them. */
    @Override
    @Transactional
    public void deleting(UUID userId, UUID contactId) {
        timeline.contactChanged(userId, deals.lockLinkedTo(userId, contactId), contactId, null, ContactCause.DELETED);
    }
}
