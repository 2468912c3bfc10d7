package dev.foyer.clients;

import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of the pairs. Invitations are addressed to phones; claiming turns those to the
 * user's phones into pending pairs, which the user accepts (the pair becomes active and the
 * onboarding form is theirs to fill in) or declines.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final PairRepository pairs;

    InvitationService(InvitationRepository invitations, PairRepository pairs) {
        this.invitations = invitations;
        this.pairs = pairs;
    }

    /** Claims every invitation to the user's phones; claiming twice changes nothing. */
    @Transactional
    public void claim(UUID userId) {
        for (var invitation : invitations.lockUnclaimed(userId)) {
            invitations.markClaimed(invitation.id(), pairs.claim(invitation.realtorId(), userId));
        }
    }

    /** Claims, then lists the user's pending invitations, newest first. */
    @Transactional
    public List<InvitationView> pending(UUID userId) {
        claim(userId);
        return pairs.pendingFor(userId);
    }

    /**
     * Accepts: the pair becomes active, the onboarding form is created, and a user who had not
     * chosen an account type becomes a client, all or nothing. Accepting twice changes nothing.
     */
    @Transactional
    public UUID accept(UUID userId, UUID pairId) {
        UUID realtorId = pairs.accept(userId, pairId).orElseThrow(() -> ApiException.notFound("Invitation"));
        pairs.createOnboarding(realtorId, userId);
        pairs.becomeClientIfNoRole(userId);
        return pairs.onboardingId(realtorId, userId);
    }

    /** Declines a pending invitation: the pair is removed, and only the realtor can invite again. */
    @Transactional
    public void decline(UUID userId, UUID pairId) {
        if (pairs.decline(userId, pairId) == 0) {
            throw ApiException.notFound("Invitation");
        }
    }
}
