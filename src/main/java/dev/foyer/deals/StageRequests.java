package dev.foyer.deals;

import java.util.List;
import java.util.UUID;

import dev.foyer.api.BlankText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the stage endpoints take; the stage pages bind their forms to them too, so both check the same rules. */
public final class StageRequests {

    static final String COLOR = "^#[0-9A-Fa-f]{6}$";
    static final String COLOR_MESSAGE = "must be a hex colour such as #3B82F6";
    static final String OUTCOME = "open|won|lost";
    static final String OUTCOME_MESSAGE = "must be open, won or lost";

    private StageRequests() {
    }

    /** A new stage, appended at the end of the pipeline; open unless said otherwise. */
    public record CreateStage(@NotBlank @Size(max = 60) String name,
                       @Pattern(regexp = COLOR, message = COLOR_MESSAGE) String color,
                       @Pattern(regexp = OUTCOME, message = OUTCOME_MESSAGE) String outcome) {
    }

    /** A partial change; null leaves a field, and an empty colour removes the colour. */
    public record StagePatch(@Size(max = 60) @Pattern(regexp = BlankText.NOT_BLANK, message = "must not be blank") String name,
                      @Pattern(regexp = "^$|" + COLOR, message = COLOR_MESSAGE) String color,
                      @Pattern(regexp = OUTCOME, message = OUTCOME_MESSAGE) String outcome) {
    }

    /** Every one of the user's stage ids, once each, in the new order. */
    record StageOrder(@NotNull @NotEmpty List<@NotNull UUID> ids) {
    }
}
