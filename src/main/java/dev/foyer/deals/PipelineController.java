package dev.foyer.deals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline board: {@code GET /api/pipeline?limit=20&offset.<stageId>=20} shows every stage with
 * one page of deals each; {@code GET /api/pipeline/<stageId>?offset=20} pages through one column.
 */
@RestController
@RequestMapping("/api/pipeline")
class PipelineController {

    static final int DEFAULT_COLUMN_LIMIT = 20;
    private static final String OFFSET_PREFIX = "offset.";

    private final PipelineQueries pipeline;

    PipelineController(PipelineQueries pipeline) {
        this.pipeline = pipeline;
    }

    @GetMapping
    PipelineColumn.Board board(@RequestParam(required = false) Integer limit, @RequestParam Map<String, String> params) {
        var page = PageRequest.of(limit == null ? DEFAULT_COLUMN_LIMIT : limit, 0);
        return pipeline.board(CurrentUser.require().id(), page.limit(), columnOffsets(params));
    }

    @GetMapping("/{stageId}")
    PipelineColumn column(@PathVariable UUID stageId, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) Integer offset) {
        var page = PageRequest.of(limit == null ? DEFAULT_COLUMN_LIMIT : limit, offset);
        return pipeline.column(CurrentUser.require().id(), stageId, page.limit(), page.offset());
    }

    /** {@code offset.<stageId>=n} for each column the client has scrolled; an unknown stage id is ignored. */
    static Map<UUID, Integer> columnOffsets(Map<String, String> params) {
        var offsets = new LinkedHashMap<UUID, Integer>();
        params.forEach((name, value) -> {
            if (!name.startsWith(OFFSET_PREFIX)) {
                return;
            }
            UUID stage;
            int offset;
            try {
                stage = UUID.fromString(name.substring(OFFSET_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(name, "must be offset.<stage id>");
            }
            try {
                offset = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw ApiException.invalid(name, "must be a whole number");
            }
            if (offset < 0) {
                throw ApiException.invalid(name, "must be 0 or more");
            }
            offsets.put(stage, offset);
        });
        return offsets;
    }
}
