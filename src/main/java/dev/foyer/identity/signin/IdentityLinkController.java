package dev.foyer.identity.signin;

import java.util.UUID;

import dev.foyer.api.OutsideRequestLimit;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.account.AccountService;
import dev.foyer.identity.account.UserView;
import dev.foyer.identity.otp.OtpService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user adds and removes the ways they sign in, proving each new one like a sign-in would. */
@RestController
@RequestMapping("/api/me/identities")
class IdentityLinkController {

    private final SignInService signIn;
    private final OtpService otps;
    private final AccountService accounts;

    IdentityLinkController(SignInService signIn, OtpService otps, AccountService accounts) {
        this.signIn = signIn;
        this.otps = otps;
        this.accounts = accounts;
    }

    record PhoneProof(@NotBlank String phone, @NotBlank String code) {
    }

    record GoogleProof(@NotBlank String idToken) {
    }

    record FacebookProof(@NotBlank String accessToken) {
    }

    @PostMapping("/phone")
    UserView linkPhone(@Valid @RequestBody PhoneProof proof) {
        var user = CurrentUser.require();
        String phone = otps.verify(proof.phone(), proof.code());
        return accounts.link(user.id(), "phone", phone, null);
    }

    @OutsideRequestLimit
    @PostMapping("/google")
    UserView linkGoogle(@Valid @RequestBody GoogleProof proof) {
        var user = CurrentUser.require();
        var identity = signIn.verifyGoogle(proof.idToken());
        return accounts.link(user.id(), identity.provider(), identity.subject(), identity.email());
    }

    @OutsideRequestLimit
    @PostMapping("/facebook")
    UserView linkFacebook(@Valid @RequestBody FacebookProof proof) {
        var user = CurrentUser.require();
        var identity = signIn.verifyFacebook(proof.accessToken());
        return accounts.link(user.id(), identity.provider(), identity.subject(), identity.email());
    }

    @DeleteMapping("/{id}")
    UserView unlink(@PathVariable UUID id) {
        return accounts.unlink(CurrentUser.require().id(), id);
    }
}
