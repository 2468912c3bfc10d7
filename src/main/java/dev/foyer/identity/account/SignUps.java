package dev.foyer.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.ActingUser;
import dev.foyer.database.TransactionSettings;
import dev.foyer.identity.social.ExternalIdentity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Finding the user of an identity, and creating user, profile and identity on a first sign-in. */
@Component
public class SignUps {

    private final AccountRepository accounts;
    private final TransactionSettings settings;
    private final TransactionTemplate savepoint;

    SignUps(AccountRepository accounts, TransactionSettings settings, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.settings = settings;
        this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Needs {@code app.sign_in_identity} set to this identity in the transaction. */
    public Optional<UUID> findUser(String provider, String providerId) {
        return accounts.findUserByIdentity(provider, providerId);
    }

    /** Creates the user in the caller's transaction and binds the transaction to it. */
    public UUID create(ExternalIdentity identity) {
        UUID id = UUID.randomUUID();
        settings.bindUser(ActingUser.of(id));
        accounts.createUser(id, identity.name(), identity.pictureUrl());
        accounts.addIdentity(id, identity.provider(), identity.subject(), identity.email());
        if (identity.email() != null) {
            claimEmail(id, identity.email().toLowerCase(Locale.ROOT));
        }
        return id;
    }

    /** The provider's email goes on the new profile unless another account already has it. */
    private void claimEmail(UUID userId, String email) {
        try {
            savepoint.executeWithoutResult(status -> accounts.setEmail(userId, email));
        } catch (DuplicateKeyException taken) {
            // Left empty: an email never joins or takes over accounts by itself.
        }
    }
}
