package dev.foyer.deals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom pipelines (seed 004's future enhancement): add, rename, recolour, reorder and remove
 * stages, starting from the six defaults every user gets.
 * <p>
 * Two rules beyond the schema's: a stage with deals is removed only once they have moved (the
 * foreign key from deals enforces it too), and at least one open stage always remains, because a
 * new deal with no stage named goes to the first open stage, and a pipeline of only won and lost
 * stages would have nowhere to put it.
 */
@Service
public class StageService {

    private final StageRepository stages;
    private final DealTimeline timeline;

    StageService(StageRepository stages, DealTimeline timeline) {
        this.stages = stages;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public List<StageResponse> list(UUID userId) {
        return stages.list(userId);
    }

    @Transactional(readOnly = true)
    public StageResponse get(UUID userId, UUID id) {
        return stages.find(userId, id).orElseThrow(() -> ApiException.notFound("Stage"));
    }

    @Transactional
    public StageResponse create(UUID userId, StageRequests.CreateStage request) {
        stages.lockPipeline(userId);
        String name = request.name().strip();
        requireFreeName(userId, name);
        String outcome = request.outcome() == null ? "open" : request.outcome();
        return get(userId, stages.append(userId, name, request.color(), outcome));
    }

    @Transactional
    public StageResponse update(UUID userId, UUID id, StageRequests.StagePatch patch) {
        stages.lockPipeline(userId);
        var current = get(userId, id);
        String name = patch.name() == null ? current.name() : patch.name().strip();
        if (!name.equals(current.name())) {
            requireFreeName(userId, name);
        }
        String color = patch.color() == null ? current.color() : patch.color().isEmpty() ? null : patch.color();
        String outcome = patch.outcome() == null ? current.outcome() : patch.outcome();
        if ("open".equals(current.outcome()) && !"open".equals(outcome) && stages.openStagesBesides(userId, id) == 0) {
            throw ApiException.conflict("outcome", "is the last open stage; at least one stage must stay open");
        }
        try {
            stages.update(userId, id, name, color, outcome);
        } catch (DuplicateKeyException e) {
            // Reopening a won stage makes its deals active, and a property has at most one active deal (seed 003).
            throw ApiException.conflict("outcome", "would make a second active deal on one property");
        }
        if (!outcome.equals(current.outcome())) {
            // The database moved the deals' status with the outcome (V9); each deal's timeline says so.
            timeline.statusChanged(userId, stages.dealsFollowingOutcome(userId, name), status(current.outcome()),
                    status(outcome), name);
        }
        return get(userId, id);
    }

    @Transactional
    public List<StageResponse> reorder(UUID userId, List<UUID> ids) {
        stages.lockPipeline(userId);
        var mine = stages.list(userId).stream().map(StageResponse::id).toList();
        for (UUID id : ids) {
            if (!mine.contains(id)) {
                throw ApiException.notFound("Stage");
            }
        }
        if (ids.size() != mine.size() || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("ids", "must list each of your " + mine.size() + " stages exactly once");
        }
        stages.reorder(userId, ids);
        return stages.list(userId);
    }

    /**
     * Swaps the stage with the one before it ({@code step} -1) or after it (+1), under the pipeline's
     * lock so that a stage added meanwhile is not left out; at either end it stays where it is.
     */
    @Transactional
    public void moveBy(UUID userId, UUID id, int step) {
        stages.lockPipeline(userId);
        get(userId, id);
        var ids = new ArrayList<>(stages.list(userId).stream().map(StageResponse::id).toList());
        int from = ids.indexOf(id);
        int to = from + step;
        if (to >= 0 && to < ids.size()) {
            ids.set(from, ids.get(to));
            ids.set(to, id);
            stages.reorder(userId, ids);
        }
    }

    @Transactional
    public void delete(UUID userId, UUID id) {
        stages.lockPipeline(userId);
        var stage = get(userId, id);
        if (stage.dealCount() > 0) {
            throw hasDeals(stage.dealCount());
        }
        if ("open".equals(stage.outcome()) && stages.openStagesBesides(userId, id) == 0) {
            throw ApiException.conflict("id", "is the last open stage; at least one stage must stay open");
        }
        try {
            stages.delete(userId, id);
        } catch (DataIntegrityViolationException e) {
            // A deal moved in after the count: the foreign key from deals refuses it. The transaction is
            // aborted by then, so the answer cannot say how many.
            throw ApiException.conflict("dealCount", "deals are in this stage; move them to another stage first");
        }
    }

    /** The status a stage's outcome gives the deals in it. */
    private static String status(String outcome) {
        return "open".equals(outcome) ? "active" : outcome;
    }

    private void requireFreeName(UUID userId, String name) {
        if (stages.exists(userId, name)) {
            throw ApiException.conflict("name", "is already a stage of your pipeline");
        }
    }

    private static ApiException hasDeals(long count) {
        return ApiException.conflict("dealCount", count + (count == 1 ? " deal is" : " deals are")
                + " in this stage; move " + (count == 1 ? "it" : "them") + " to another stage first");
    }
}
