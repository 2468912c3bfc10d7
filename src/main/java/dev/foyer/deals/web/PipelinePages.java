package dev.foyer.deals.web;

import java.util.Map;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.deals.DealResponse;
import dev.foyer.deals.DealService;
import dev.foyer.deals.PipelineQueries;
import dev.foyer.deals.StageService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pipeline as a kanban board. A card moves by its "Move to" form, which htmx posts and answers
 * with the board redrawn (new counts and totals in every column); dragging a card (app.js) just
 * fills in and submits that same form, with the neighbour it was dropped next to. Without
 * JavaScript the form posts and redirects. A move refused because the board was stale (the deal
 * deleted, archived or its stage removed elsewhere) redraws the board with the reason.
 */
@Controller
class PipelinePages {

    static final String VIEW = "deals/pipeline";
    static final String MOVE_REPLY_FRAGMENT = "deals/pipeline :: move-reply";
    static final String COLUMN_PAGE_FRAGMENT = "deals/pipeline :: column-page";
    static final String BOARD_ID = "board";
    static final int COLUMN_PAGE = 20;

    /**
     * Refusals of a move that the board explains and redraws rather than an error page: htmx swaps
     * no error reply, so the card would be left half-moved with nothing said. Key: message suffix.
     */
    private static final Map<ProblemType, String> REFUSALS = Map.of(ProblemType.NOT_FOUND, "notFound",
            ProblemType.VALIDATION, "invalid", ProblemType.CONFLICT, "conflict");

    private final PipelineQueries pipeline;
    private final StageService stages;
    private final DealService deals;

    PipelinePages(PipelineQueries pipeline, StageService stages, DealService deals) {
        this.pipeline = pipeline;
        this.stages = stages;
        this.deals = deals;
    }

    /** {@code offset.<stageId>} pages a column without JavaScript, as the "more" link's address. */
    @GetMapping("/pipeline")
    String board(@RequestParam Map<String, String> params, Model model) {
        var userId = CurrentUser.require().id();
        model.addAttribute("board", pipeline.board(userId, COLUMN_PAGE, ColumnOffsets.from(params)));
        model.addAttribute("stages", stages.list(userId));
        return VIEW;
    }

    /** The next cards of one column, for htmx to put in place of the column's "more" link. */
    @GetMapping("/pipeline/stages/{stageId}")
    String columnPage(@PathVariable UUID stageId, @RequestParam(defaultValue = "0") int offset, Model model) {
        var userId = CurrentUser.require().id();
        model.addAttribute("column", pipeline.column(userId, stageId, COLUMN_PAGE, Math.max(0, offset)));
        model.addAttribute("stages", stages.list(userId));
        return COLUMN_PAGE_FRAGMENT;
    }

    /**
     * {@code afterId} or {@code beforeId}: the card it was dropped under or over, filled in by a drag.
     * For htmx the reply is the board as it now is, with what happened (or why nothing did) in its status.
     */
    @PostMapping("/pipeline/deals/{id}/move")
    String move(@PathVariable UUID id, @RequestParam String stage, @RequestParam(required = false) UUID afterId,
                @RequestParam(required = false) UUID beforeId, HttpServletRequest request, Model model) {
        var userId = CurrentUser.require().id();
        boolean htmx = Htmx.targets(request, BOARD_ID);
        DealResponse moved = null;
        try {
            moved = deals.move(userId, id, stage, afterId, beforeId);
        } catch (ApiException refusal) {
            if (!htmx || !REFUSALS.containsKey(refusal.type())) {
                throw refusal;
            }
            model.addAttribute("refusal", "pipeline.refused." + REFUSALS.get(refusal.type()));
        }
        if (!htmx) {
            return "redirect:/pipeline";
        }
        model.addAttribute("board", pipeline.board(userId, COLUMN_PAGE, Map.of()));
        model.addAttribute("stages", stages.list(userId));
        model.addAttribute("moved", moved);
        return MOVE_REPLY_FRAGMENT;
    }
}
