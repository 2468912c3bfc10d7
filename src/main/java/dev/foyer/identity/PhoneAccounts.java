package dev.foyer.identity;

import java.util.Optional;
import java.util.UUID;

import dev.foyer.database.ActingUser;
import dev.foyer.database.RowLevelSecurity;
import dev.foyer.database.TransactionSettings;
import dev.foyer.identity.account.SignUps;
import dev.foyer.identity.phone.PhoneNumbers;
import dev.foyer.identity.social.ExternalIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts the server makes itself rather than a sign-in: the demo user. They are made by the
 * same path as a first sign-in by phone (user, profile, phone identity, default pipeline), so that
 * whoever has the phone signs in with a code like anyone else. Except {@link #noneYet()}, each
 * method works in the caller's transaction.
 */
@Component
public class PhoneAccounts {

    private static final String PHONE = "phone";

    private final SignUps signUps;
    private final PhoneNumbers phones;
    private final TransactionSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    PhoneAccounts(SignUps signUps, PhoneNumbers phones, TransactionSettings settings, JdbcClient jdbc,
                  TransactionTemplate transactions) {
        this.signUps = signUps;
        this.phones = phones;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Whether nobody has an account yet: a database just created. */
    public boolean noneYet() {
        // Row-level security shows a user only their own row; support sees every user. Nobody's id
        // with the support level is a read that spans all users and can belong to no one.
        var everyone = new ActingUser(new UUID(0, 0), "support");
        return Boolean.TRUE.equals(RowLevelSecurity.callAs(everyone, () -> transactions.execute(status ->
                !jdbc.sql("select exists (select 1 from users)").query(Boolean.class).single())));
    }

    /** The user who signs in with this phone, if any. */
    public Optional<UUID> find(String phone) {
        String e164 = phones.toE164(phone);
        settings.set("app.sign_in_identity", PHONE + ":" + e164);
        return signUps.findUser(PHONE, e164);
    }

    /** Creates the user of this phone, as its first sign-in would, and binds the transaction to it. */
    public UUID signUp(String phone, String fullName) {
        return signUps.create(new ExternalIdentity(PHONE, phones.toE164(phone), null, fullName, null));
    }

    /** Deletes the user with everything it owns (every table cascades from users), binding the transaction to it. */
    public void delete(UUID userId) {
        settings.bindUser(ActingUser.of(userId));
        jdbc.sql("delete from users where id = :id").param("id", userId).update();
    }
}
