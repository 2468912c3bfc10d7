package dev.foyer.identity.signin;

import dev.foyer.api.ClientAddresses;
import dev.foyer.api.OutsideRequestLimit;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.account.UserView;
import dev.foyer.identity.otp.OtpService;
import dev.foyer.identity.session.SessionService;
import dev.foyer.identity.session.Tokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out: phone codes, Google, Facebook, refreshing tokens. */
@OutsideRequestLimit
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final SignInService signIn;
    private final SessionService sessions;
    private final OtpService otps;
    private final ClientAddresses addresses;

    AuthController(SignInService signIn, SessionService sessions, OtpService otps,
                   ClientAddresses addresses) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.otps = otps;
        this.addresses = addresses;
    }

    record OtpRequest(@NotBlank @Size(max = 50) String phone) {
    }

    record OtpSent(long expiresIn) {
    }

    record VerifyRequest(@NotBlank @Size(max = 50) String phone, @NotBlank String code, @Size(max = 255) String deviceName) {
    }

    record GoogleRequest(@NotBlank String idToken, @Size(max = 255) String deviceName) {
    }

    record FacebookRequest(@NotBlank String accessToken, @Size(max = 255) String deviceName) {
    }

    record RefreshRequest(@NotBlank String refreshToken) {
    }

    record SignedIn(String accessToken, String refreshToken, long expiresIn, String tokenType, UserView user) {
        static SignedIn of(SignInResult result) {
            Tokens t = result.tokens();
            return new SignedIn(t.accessToken(), t.refreshToken(), t.expiresIn(), "Bearer", result.user());
        }
    }

    record Refreshed(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    @PostMapping("/otp")
    @ResponseStatus(HttpStatus.ACCEPTED)
    OtpSent sendCode(@Valid @RequestBody OtpRequest body, HttpServletRequest request) {
        return new OtpSent(otps.send(body.phone(), addresses.of(request)).toSeconds());
    }

    @PostMapping("/otp/verify")
    SignedIn verifyCode(@Valid @RequestBody VerifyRequest body, HttpServletRequest request) {
        return SignedIn.of(signIn.withPhone(body.phone(), body.code(), device(body.deviceName(), request)));
    }

    @PostMapping("/google")
    SignedIn google(@Valid @RequestBody GoogleRequest body, HttpServletRequest request) {
        return SignedIn.of(signIn.withGoogle(body.idToken(), device(body.deviceName(), request)));
    }

    @PostMapping("/facebook")
    SignedIn facebook(@Valid @RequestBody FacebookRequest body, HttpServletRequest request) {
        return SignedIn.of(signIn.withFacebook(body.accessToken(), device(body.deviceName(), request)));
    }

    @PostMapping("/refresh")
    Refreshed refresh(@Valid @RequestBody RefreshRequest body) {
        Tokens t = sessions.refresh(body.refreshToken());
        return new Refreshed(t.accessToken(), t.refreshToken(), t.expiresIn(), "Bearer");
    }

    /** Ends the session the access token belongs to; its refresh token and access tokens stop working. */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout() {
        var user = CurrentUser.require();
        sessions.end(user.id(), user.sessionId());
    }

    static String device(String deviceName, HttpServletRequest request) {
        if (deviceName != null && !deviceName.isBlank()) {
            return deviceName;
        }
        return request.getHeader(HttpHeaders.USER_AGENT);
    }
}
