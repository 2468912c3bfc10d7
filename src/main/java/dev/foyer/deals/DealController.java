package dev.foyer.deals;

import java.net.URI;
import java.util.UUID;

import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's deals, their moves between stages and their timelines. */
@RestController
@RequestMapping("/api/deals")
class DealController {

    private final DealService deals;

    DealController(DealService deals) {
        this.deals = deals;
    }

    /**
     * The stage, and optionally the card's place in its column: just below {@code afterId}'s card or
     * just above {@code beforeId}'s (one of them). Without either, the card goes on top.
     */
    record MoveRequest(@NotBlank @Size(max = 60) String stage, UUID afterId, UUID beforeId) {
    }

    @PostMapping
    ResponseEntity<DealResponse> create(@Valid @RequestBody CreateDealRequest request) {
        var deal = deals.create(CurrentUser.require().id(), request);
        return ResponseEntity.created(URI.create("/api/deals/" + deal.id())).body(deal);
    }

    /** Newest first, narrowed by stage name, status, contact and text in the title. */
    @GetMapping
    Page<DealResponse> list(@RequestParam(required = false) String stage, @RequestParam(required = false) String status,
                            @RequestParam(required = false) UUID contactId, @RequestParam(required = false) String q,
                            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        var filter = new DealFilter(stage, status, contactId, q);
        return deals.list(CurrentUser.require().id(), filter, PageRequest.of(limit, offset));
    }

    @GetMapping("/{id}")
    DealResponse get(@PathVariable UUID id) {
        return deals.get(CurrentUser.require().id(), id);
    }

    @PatchMapping("/{id}")
    DealResponse update(@PathVariable UUID id, @Valid @RequestBody DealPatch patch) {
        return deals.update(CurrentUser.require().id(), id, patch);
    }

    /** The pipeline board's drag and drop: to another column, or to another place in the same one. */
    @PostMapping("/{id}/move")
    DealResponse move(@PathVariable UUID id, @Valid @RequestBody MoveRequest move) {
        return deals.move(CurrentUser.require().id(), id, move.stage(), move.afterId(), move.beforeId());
    }

    /** Off the board and the dashboard; idempotent. */
    @PostMapping("/{id}/archive")
    DealResponse archive(@PathVariable UUID id) {
        return deals.archive(CurrentUser.require().id(), id);
    }

    /** Back with the status its stage gives; idempotent. */
    @PostMapping("/{id}/unarchive")
    DealResponse unarchive(@PathVariable UUID id) {
        return deals.unarchive(CurrentUser.require().id(), id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        deals.delete(CurrentUser.require().id(), id);
    }

    /** The deal's timeline, newest first. */
    @GetMapping("/{id}/events")
    Page<DealEventResponse> events(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) Integer offset) {
        return deals.events(CurrentUser.require().id(), id, PageRequest.of(limit, offset));
    }
}
