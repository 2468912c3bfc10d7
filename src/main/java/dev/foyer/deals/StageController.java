package dev.foyer.deals;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's pipeline stages, in order. */
@RestController
@RequestMapping("/api/stages")
class StageController {

    private final StageService stages;

    StageController(StageService stages) {
        this.stages = stages;
    }

    @GetMapping
    List<StageResponse> list() {
        return stages.list(CurrentUser.require().id());
    }

    @GetMapping("/{id}")
    StageResponse get(@PathVariable UUID id) {
        return stages.get(CurrentUser.require().id(), id);
    }

    @PostMapping
    ResponseEntity<StageResponse> create(@Valid @RequestBody StageRequests.CreateStage request) {
        var stage = stages.create(CurrentUser.require().id(), request);
        return ResponseEntity.created(URI.create("/api/stages/" + stage.id())).body(stage);
    }

    /** Renaming a stage renames it on its deals too (the foreign key cascades). */
    @PatchMapping("/{id}")
    StageResponse update(@PathVariable UUID id, @Valid @RequestBody StageRequests.StagePatch patch) {
        return stages.update(CurrentUser.require().id(), id, patch);
    }

    @PutMapping("/order")
    List<StageResponse> reorder(@Valid @RequestBody StageRequests.StageOrder order) {
        return stages.reorder(CurrentUser.require().id(), order.ids());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        stages.delete(CurrentUser.require().id(), id);
    }
}
