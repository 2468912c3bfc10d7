package dev.foyer.clients;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The realtor's side of the pairs: inviting a phone, cancelling an invitation nobody claimed, and
 * removing a client. A realtor invites a phone and never learns whether it has an account: the
 * answer is the same either way, and the phone's owner claims the invitation when they sign in.
 */
@Service
public class ClientService {

    private final InvitationRepository invitations;
    private final PairRepository pairs;
    private final ClientQueries queries;

    ClientService(InvitationRepository invitations, PairRepository pairs, ClientQueries queries) {
        this.invitations = invitations;
        this.pairs = pairs;
        this.queries = queries;
    }

    /**
     * Invites the phone (E.164). A phone invited before whose client was removed is invited again:
     * the pair comes back pending for the client to accept again, or, when the pair is gone, the
     * invitation waits to be claimed anew.
     */
    @Transactional
    public ClientEntry invite(UUID realtorId, String phone, String email) {
        // The realtor's own phone would make a pair of one; the realtor knows it is theirs, so saying so leaks nothing.
        if (invitations.isOwnPhone(phone)) {
            throw ApiException.invalid("phone", "is your own phone");
        }
        var existing = invitations.lock(realtorId, phone);
        UUID invitationId;
        if (existing.isEmpty()) {
            invitationId = insert(realtorId, phone, email);
        } else {
            var invitation = existing.get();
            invitationId = invitation.id();
            var pair = invitation.pairId() == null ? null : pairs.find(invitation.pairId()).orElse(null);
            if (!invitation.claimed() || (pair != null && !pair.removed())) {
                throw ApiException.conflict("phone", "is already invited or your client");
            }
            if (pair != null) {
                pairs.revive(realtorId, pair.id());
            }
            invitations.reinvite(realtorId, invitationId, email, pair == null);
        }
        return queries.clientsOf(realtorId, phone, PageRequest.of(PageRequest.MAX_LIMIT, 0)).items().stream()
                .filter(entry -> invitationId.equals(entry.invitationId())).findFirst().orElseThrow();
    }

    /** Cancels an invitation nobody has claimed yet. */
    @Transactional
    public void cancelInvitation(UUID realtorId, UUID invitationId) {
        if (invitations.deleteUnclaimed(realtorId, invitationId) == 0) {
            throw ApiException.notFound("Invitation");
        }
    }

    /**
     * Removes the client (soft delete, so that the realtor may invite them again). The removal's own
     * trigger (V14) revokes the client's share links in the same transaction: a landlord's link must
     * not outlive the pair.
     */
    @Transactional
    public void remove(UUID realtorId, UUID clientId) {
        if (pairs.remove(realtorId, clientId) == 0) {
            throw ApiException.notFound("Client");
        }
    }

    private UUID insert(UUID realtorId, String phone, String email) {
        try {
            return invitations.insert(realtorId, phone, email);
        } catch (DuplicateKeyException sameMomentInvite) {
            throw ApiException.conflict("phone", "is already invited or your client");
        }
    }
}
