package dev.foyer.identity.signin;

import java.util.Optional;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.database.ActingUser;
import dev.foyer.database.TransactionSettings;
import dev.foyer.identity.UserSignedIn;
import dev.foyer.identity.account.AccountService;
import dev.foyer.identity.account.SignUps;
import dev.foyer.identity.otp.OtpService;
import dev.foyer.identity.session.SessionService;
import dev.foyer.identity.social.ExternalIdentity;
import dev.foyer.identity.social.ExternalProviderUnavailableException;
import dev.foyer.identity.social.FacebookTokenVerifier;
import dev.foyer.identity.social.GoogleIdTokenVerifier;
import dev.foyer.identity.social.InvalidExternalTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in with a phone code, a Google ID token or a Facebook access token. The first sign-in
 * with an identity creates the user, its profile and the identity; later ones find the user by
 * (provider, provider id) only. An email never joins accounts by itself: the same address from
 * another provider makes another account until the user links the two.
 */
@Service
public class SignInService {

    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    private final OtpService otps;
    private final GoogleIdTokenVerifier google;
    private final FacebookTokenVerifier facebook;
    private final SignUps signUps;
    private final SessionService sessions;
    private final AccountService accounts;
    private final TransactionSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    SignInService(OtpService otps, GoogleIdTokenVerifier google, FacebookTokenVerifier facebook, SignUps signUps,
                  SessionService sessions, AccountService accounts, TransactionSettings settings,
                  TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.otps = otps;
        this.google = google;
        this.facebook = facebook;
        this.signUps = signUps;
        this.sessions = sessions;
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
    }

    public SignInResult withPhone(String phone, String code, String device) {
        String e164 = otps.verify(phone, code);
        return signIn(new ExternalIdentity("phone", e164, null, null, null), device);
    }

    public SignInResult withGoogle(String idToken, String device) {
        return signIn(verifyGoogle(idToken), device);
    }

    public SignInResult withFacebook(String accessToken, String device) {
        return signIn(verifyFacebook(accessToken), device);
    }

    public ExternalIdentity verifyGoogle(String idToken) {
        if (!google.enabled()) {
            throw ApiException.notFound("Google sign-in");
        }
        return verify(() -> google.verify(idToken), "idToken");
    }

    public ExternalIdentity verifyFacebook(String accessToken) {
        if (!facebook.enabled()) {
            throw ApiException.notFound("Facebook sign-in");
        }
        return verify(() -> facebook.verify(accessToken), "accessToken");
    }

    public boolean googleEnabled() {
        return google.enabled();
    }

    public boolean facebookEnabled() {
        return facebook.enabled();
    }

    private SignInResult signIn(ExternalIdentity identity, String device) {
        try {
            return transactions.execute(status -> signInInTransaction(identity, device));
        } catch (DuplicateKeyException firstSignInRace) {
            // The same identity signed up twice at once on two devices: the other one won; use its user.
            return transactions.execute(status -> signInInTransaction(identity, device));
        }
    }

    private SignInResult signInInTransaction(ExternalIdentity identity, String device) {
        settings.set("app.sign_in_identity", identity.provider() + ":" + identity.subject());
        Optional<UUID> existing = signUps.findUser(identity.provider(), identity.subject());
        UUID userId = existing.orElseGet(() -> signUps.create(identity));
        settings.bindUser(ActingUser.of(userId));
        var tokens = sessions.start(userId, device);
        events.publishEvent(new UserSignedIn(userId));
        return new SignInResult(tokens, accounts.me(userId), existing.isEmpty());
    }

    private static ExternalIdentity verify(java.util.function.Supplier<ExternalIdentity> verification, String field) {
        try {
            return verification.get();
        } catch (InvalidExternalTokenException e) {
            log.info("External sign-in refused: {}", e.getMessage());
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "The " + field + " was not accepted");
        } catch (ExternalProviderUnavailableException e) {
            log.warn("External sign-in provider unavailable: {}", e.getMessage());
            throw new ApiException(ProblemType.UPSTREAM_UNAVAILABLE, "The sign-in provider could not be reached");
        }
    }
}
