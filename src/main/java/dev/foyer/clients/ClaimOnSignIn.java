package dev.foyer.clients;

import dev.foyer.database.ActingUser;
import dev.foyer.database.RowLevelSecurity;
import dev.foyer.identity.UserSignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims the invitations to a user's phones as soon as they sign in, so that the realtor sees the
 * client as pending at once. After the sign-in commits, in a transaction of its own: a failed claim
 * never fails a sign-in, and listing the invitations claims again anyway.
 */
@Component
class ClaimOnSignIn {

    private static final Logger log = LoggerFactory.getLogger(ClaimOnSignIn.class);

    private final InvitationService invitations;
    private final TransactionTemplate separateTransaction;

    ClaimOnSignIn(InvitationService invitations, PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void claim(UserSignedIn signedIn) {
        try {
            RowLevelSecurity.runAs(ActingUser.of(signedIn.userId()), () ->
                    separateTransaction.executeWithoutResult(status -> invitations.claim(signedIn.userId())));
        } catch (RuntimeException e) {
            log.warn("Claiming invitations after sign-in failed; they are claimed when the user lists them", e);
        }
    }
}
