package dev.foyer.deals.web;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.deals.StageRequests;
import dev.foyer.deals.StageService;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stage manager: the pipeline's stages in order with their deal counts, a form to add one, each
 * stage's own form to rename, recolor or change its outcome, buttons to move it up or down, and a
 * remove button. The forms bind to the API's own request records and every change goes through
 * {@link StageService}, so the page refuses exactly what the API refuses. A refused edit re-renders
 * the list with the errors on that stage's row ({@code editing}); a refused removal names the stage
 * ({@code refused}) and says why.
 */
@Controller
@RequestMapping("/pipeline/stages")
class StagePages {

    static final String VIEW = "deals/stages";
    static final String FIRST_COLOR = "#0F5C63";

    private final StageService stages;

    StagePages(StageService stages) {
        this.stages = stages;
    }

    @GetMapping
    String list(Model model) {
        return render(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("stageForm") StageRequests.CreateStage stageForm, BindingResult errors,
                  Model model) {
        if (!errors.hasErrors()) {
            try {
                stages.create(CurrentUser.require().id(), stageForm);
                return "redirect:/pipeline/stages?created";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "stage");
            }
        }
        return render(model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("stageEdit") StageRequests.StagePatch stageEdit,
                  BindingResult errors, Model model) {
        var userId = CurrentUser.require().id();
        // Someone else's stage is a 404 even when the form is also invalid: the row to show errors on is not theirs.
        stages.get(userId, id);
        if (!errors.hasErrors()) {
            try {
                stages.update(userId, id, stageEdit);
                return "redirect:/pipeline/stages?saved";
            } catch (ApiException refusal) {
                FormErrors.reject(refusal, errors, "stage");
            }
        }
        model.addAttribute("editing", id);
        return render(model);
    }

    /** Swaps the stage with its neighbour; at either end it stays where it is. */
    @PostMapping("/{id}/move")
    String move(@PathVariable UUID id, @RequestParam String direction) {
        stages.moveBy(CurrentUser.require().id(), id, "up".equals(direction) ? -1 : 1);
        return "redirect:/pipeline/stages?moved#stage-" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, Model model) {
        try {
            stages.delete(CurrentUser.require().id(), id);
            return "redirect:/pipeline/stages?deleted";
        } catch (ApiException refusal) {
            if (refusal.type() != ProblemType.CONFLICT) {
                throw refusal;
            }
            model.addAttribute("refused", id);
            model.addAttribute("refusal", refusal.getMessage());
            return render(model);
        }
    }

    private String render(Model model) {
        if (!model.containsAttribute("stageForm")) {
            model.addAttribute("stageForm", new StageRequests.CreateStage("", FIRST_COLOR, "open"));
        }
        model.addAttribute("firstColor", FIRST_COLOR);
        model.addAttribute("stages", stages.list(CurrentUser.require().id()));
        return VIEW;
    }
}
