package dev.foyer.clients;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onboarding form: the client fills it in as drafts, in any order, and submits it; the realtor
 * of the active pair reads it. A submitted form may still be edited: each edit stamps it submitted
 * again, so it must stay complete.
 */
@Service
public class OnboardingService {

    private final OnboardingRepository onboardings;
    private final OnboardingRules rules;
    private final Clock clock;

    OnboardingService(OnboardingRepository onboardings, OnboardingRules rules, Clock clock) {
        this.onboardings = onboardings;
        this.rules = rules;
        this.clock = clock;
    }

    /** The user's forms, as client or as realtor, newest first. */
    @Transactional(readOnly = true)
    public List<OnboardingView> list(UUID userId) {
        return onboardings.list(userId);
    }

    @Transactional(readOnly = true)
    public OnboardingView get(UUID userId, UUID id) {
        return onboardings.find(userId, id).orElseThrow(() -> ApiException.notFound("Onboarding"));
    }

    /** Saves the fields named (null or empty clears one); every bad field is named in one 400. */
    @Transactional
    public OnboardingView update(UUID userId, UUID id, Map<String, Object> changes) {
        var current = lockAsClient(userId, id);
        var form = rules.apply(current.values(), rules.read(changes));
        if (current.submittedAt() != null) {
            rules.requireComplete(form);
        }
        onboardings.update(userId, id, form, current.submittedAt() == null ? null : clock.instant());
        return get(userId, id);
    }

    /** Submits the form, naming every required field still empty; submitting again stamps it again. */
    @Transactional
    public OnboardingView submit(UUID userId, UUID id) {
        var current = lockAsClient(userId, id);
        var form = current.values();
        rules.requireComplete(form);
        onboardings.update(userId, id, form, clock.instant());
        return get(userId, id);
    }

    /**
     * The client's own form, locked. The realtor reads the form but never writes it: a 403 tells
     * them so, as the form's existence is no secret to them; to anyone else it does not exist.
     */
    private OnboardingView lockAsClient(UUID userId, UUID id) {
        if (!onboardings.lockAsClient(userId, id)) {
            get(userId, id);
            throw new ApiException(ProblemType.FORBIDDEN, "Only the client fills in the onboarding form");
        }
        return get(userId, id);
    }
}
