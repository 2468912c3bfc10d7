package dev.foyer.deals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.contacts.ContactService;
import dev.foyer.deals.DealRepository.LinkedRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's deals: create, read, change, move between stages, delete. Every change is written to
 * the deal's timeline in the same transaction; status is never written here, the database derives
 * it from the stage.
 */
@Service
public class DealService {

    private static final String ARCHIVED = "archived";

    private final DealRepository deals;
    private final StageRepository stages;
    private final DealTimeline timeline;
    private final DealPositions positions;
    private final DealProperties properties;
    private final ContactService contacts;

    DealService(DealRepository deals, StageRepository stages, DealTimeline timeline, DealPositions positions,
                DealProperties properties, ContactService contacts) {
        this.deals = deals;
        this.positions = positions;
        this.stages = stages;
        this.timeline = timeline;
        this.properties = properties;
        this.contacts = contacts;
    }

    @Transactional
    public DealResponse create(UUID userId, CreateDealRequest request) {
        String currency = request.currency() == null ? properties.defaultCurrency()
                : IsoCurrency.Validator.normalise(request.currency());
        String stage = request.stage() == null
                ? stages.firstOpenStage(userId).orElseThrow(() -> ApiException.invalid("stage", "is required"))
                : requireStage(userId, request.stage());
        var fields = request.toFields(currency, stage);
        requireLinks(userId, null, fields);
        UUID id = write(() -> deals.insert(userId, fields));
        timeline.created(userId, id, fields);
        return get(userId, id);
    }

    /** The currency a new deal gets when none is named, for a form to start from. */
    public String defaultCurrency() {
        return properties.defaultCurrency();
    }

    @Transactional(readOnly = true)
    public DealResponse get(UUID userId, UUID id) {
        return deals.find(userId, id).orElseThrow(() -> ApiException.notFound("Deal"));
    }

    /**
     * A page of the deals the filter lets through. A stage outside the user's pipeline is a 400 naming
     * {@code stage}, as in a change; another user's contact is a 404, as everywhere.
     */
    @Transactional(readOnly = true)
    public Page<DealResponse> list(UUID userId, DealFilter filter, PageRequest page) {
        if (filter.stage() != null && !stages.exists(userId, filter.stage())) {
            throw ApiException.invalid("stage", "is not a stage of your pipeline");
        }
        var items = deals.list(userId, filter, page.limit(), page.offset());
        // Asked only when nothing came back: a contact's page lists its deals on every visit.
        if (items.isEmpty() && filter.contactId() != null && !contacts.exists(userId, filter.contactId())) {
            throw ApiException.notFound("Contact");
        }
        return new Page<>(items, page.offset(), page.limit(), deals.count(userId, filter));
    }

    /** Applies a partial change; a change of stage is a move and is kept as one. */
    @Transactional
    public DealResponse update(UUID userId, UUID id, DealPatch patch) {
        // What the change needs besides the deal, its new stage and links, is held before the deal's
        // row: a stage edit or a contact merge holds those first and then rewrites the deals, so an
        // edit holding the deal while it waited for them could deadlock with it.
        var seen = get(userId, id).fields(); // another user's deal is 404 whatever the rest
        String requested = patch.stage() == null ? null : requireStage(userId, patch.stage());
        requireLinks(userId, seen, patch.applyTo(seen, requested == null ? seen.stage() : requested));
        var current = deals.lock(userId, id).orElseThrow(() -> ApiException.notFound("Deal"));
        var before = current.fields();
        String stage = requested == null ? before.stage() : requested;
        var after = patch.applyTo(before, stage);
        var changes = before.changesTo(after);
        boolean moved = !before.stage().equals(after.stage());
        if (!moved && changes.isEmpty()) {
            return current;
        }
        write(() -> {
            deals.update(userId, id, after);
            return id;
        });
        if (moved) {
            timeline.stageChanged(userId, id, before.stage(), after.stage());
        }
        if (!changes.isEmpty()) {
            timeline.updated(userId, id, changes);
        }
        return get(userId, id);
    }

    /** To the top of the stage's column; a move to the stage it is in already changes nothing. */
    @Transactional
    public DealResponse move(UUID userId, UUID id, String stage) {
        return update(userId, id, DealPatch.moveTo(stage));
    }

    /**
     * To a place in the stage's column: just below {@code afterId}'s card or just above
     * {@code beforeId}'s, one of them. A move within its column is a reorder, not a stage change,
     * and leaves the timeline alone.
     */
    @Transactional
    public DealResponse move(UUID userId, UUID id, String stage, UUID afterId, UUID beforeId) {
        if (afterId == null && beforeId == null) {
            return move(userId, id, stage);
        }
        if (afterId != null && beforeId != null) {
            throw ApiException.invalid("beforeId", "must not be given with afterId: one neighbour places the card");
        }
        get(userId, id); // another user's card is 404 whatever the rest of the request
        String target = requireStage(userId, stage);
        // The column, then its renumbering if any, then the card: a renumbering writes the column's
        // other cards, one of which may be leaving it in a move that holds that card, so a move must
        // not hold its own card while it renumbers.
        positions.lockColumn(userId, target);
        var position = position(userId, id, target, afterId, beforeId);
        var current = deals.lock(userId, id).orElseThrow(() -> ApiException.notFound("Deal"));
        write(() -> {
            positions.place(userId, id, target, position);
            return id;
        });
        if (!current.stage().equals(target)) {
            timeline.stageChanged(userId, id, current.stage(), target);
        }
        return get(userId, id);
    }

    /** Off the board and the dashboard until unarchived; archiving an archived deal changes nothing. */
    @Transactional
    public DealResponse archive(UUID userId, UUID id) {
        var current = deals.lock(userId, id).orElseThrow(() -> ApiException.notFound("Deal"));
        if (ARCHIVED.equals(current.status())) {
            return current;
        }
        deals.archive(userId, id, true);
        timeline.archived(userId, id, current.stage());
        return get(userId, id);
    }

    /** Back on the board with the status its stage gives; a deal not archived is returned unchanged. */
    @Transactional
    public DealResponse unarchive(UUID userId, UUID id) {
        var current = deals.lock(userId, id).orElseThrow(() -> ApiException.notFound("Deal"));
        if (!ARCHIVED.equals(current.status())) {
            return current;
        }
        write(() -> {
            deals.archive(userId, id, false);
            return id;
        });
        var restored = get(userId, id);
        timeline.unarchived(userId, id, restored.stage(), restored.status());
        return restored;
    }

    @Transactional
    public void delete(UUID userId, UUID id) {
        if (!deals.delete(userId, id)) {
            throw ApiException.notFound("Deal");
        }
    }

    @Transactional(readOnly = true)
    public Page<DealEventResponse> events(UUID userId, UUID id, PageRequest page) {
        get(userId, id);
        return new Page<>(timeline.list(userId, id, page.limit(), page.offset()), page.offset(), page.limit(),
                timeline.count(userId, id));
    }

    /**
     * Next to the neighbour in the target column (locked), which must be another of the user's cards
     * on the board there: one of theirs elsewhere or archived is a 400. A place too long to keep is
     * taken again once the column is renumbered.
     */
    private BigDecimal position(UUID userId, UUID id, String target, UUID afterId, UUID beforeId) {
        var position = nextTo(userId, id, target, afterId, beforeId);
        if (!DealPositions.tooLong(position)) {
            return position;
        }
        positions.lockRenumbering(userId);
        positions.renumber(userId, target, id);
        return nextTo(userId, id, target, afterId, beforeId);
    }

    private BigDecimal nextTo(UUID userId, UUID id, String target, UUID afterId, UUID beforeId) {
        return (afterId != null ? positions.below(userId, target, afterId, id)
                : positions.above(userId, target, beforeId, id))
                .orElseThrow(() -> {
                    UUID neighbour = afterId != null ? afterId : beforeId;
                    // Another user's card, or none, is 404 as their deals are; one of the user's own elsewhere is a 400.
                    return deals.exists(userId, neighbour)
                            ? ApiException.invalid(afterId != null ? "afterId" : "beforeId",
                                    "is not another card in the " + target + " column")
                            : ApiException.notFound("Deal");
                });
    }

    private String requireStage(UUID userId, String stage) {
        String name = stage.strip();
        if (!stages.hold(userId, name)) {
            throw ApiException.invalid("stage", "is not a stage of your pipeline");
        }
        return name;
    }

    /**
     * A newly linked contact, lead or property must be the user's own; another user's answers 404.
     * Each is held (see DealRepository#owns) until the transaction ends.
     */
    private void requireLinks(UUID userId, DealFields before, DealFields after) {
        requireOwn(userId, LinkedRecord.CONTACT, before == null ? null : before.contactId(), after.contactId());
        requireOwn(userId, LinkedRecord.LEAD, before == null ? null : before.leadId(), after.leadId());
        requireOwn(userId, LinkedRecord.PROPERTY, before == null ? null : before.propertyId(), after.propertyId());
    }

    private void requireOwn(UUID userId, LinkedRecord kind, UUID before, UUID after) {
        if (after != null && !Objects.equals(before, after) && !deals.owns(userId, kind, after)) {
            throw ApiException.notFound(kind.noun);
        }
    }

    private static UUID write(Supplier<UUID> statement) {
        try {
            return statement.get();
        } catch (DuplicateKeyException e) {
            // idx_deals_property_active_unique, seed 003: a property has one active deal at a time.
            throw ApiException.conflict("propertyId", "already has an active deal; a property has one at a time");
        }
    }
}
