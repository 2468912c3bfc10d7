package dev.foyer.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Onboarding forms (seed 000), one per realtor-client pair: the client fills in, the realtor reads. */
@RestController
@RequestMapping("/api/onboardings")
class OnboardingController {

    private final OnboardingService onboardings;

    OnboardingController(OnboardingService onboardings) {
        this.onboardings = onboardings;
    }

    @GetMapping
    List<OnboardingView> list() {
        return onboardings.list(CurrentUser.require().id());
    }

    @GetMapping("/{id}")
    OnboardingView get(@PathVariable UUID id) {
        return onboardings.get(CurrentUser.require().id(), id);
    }

    /**
     * A partial update: a field present is set, {@code null} or {@code ""} clears it, a field left out
     * stays. Dates as {@code YYYY-MM-DD}; phones as typed, stored in E.164.
     */
    @PatchMapping("/{id}")
    OnboardingView update(@PathVariable UUID id, @RequestBody JsonNode body) {
        return onboardings.update(CurrentUser.require().id(), id, changes(body));
    }

    @PostMapping("/{id}/submit")
    OnboardingView submit(@PathVariable UUID id) {
        return onboardings.submit(CurrentUser.require().id(), id);
    }

    /** JSON values as the rules read them: text, a whole number, or null; anything else is refused there. */
    private static Map<String, Object> changes(JsonNode body) {
        if (!body.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        for (var entry : body.properties()) {
            JsonNode value = entry.getValue();
            changes.put(entry.getKey(), value.isNull() ? null : value.isString() ? value.asString()
                    : value.isIntegralNumber() && value.canConvertToLong() ? (Object) value.longValue()
                    : value.isNumber() ? value.asString() : value);
        }
        return changes;
    }
}
