package dev.foyer.identity.web;

import dev.foyer.api.ApiException;
import dev.foyer.api.ClientAddresses;
import dev.foyer.api.OutsideRequestLimit;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.otp.OtpService;
import dev.foyer.identity.security.WebSessionCookies;
import dev.foyer.identity.signin.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with a phone: the number, then the code it was sent. The code form is shown as the
 * answer to the POST rather than after a redirect, because the phone has to reach it and Foyer keeps
 * no server session to carry it in; a reload re-sends and meets the resend throttle, which says how
 * long to wait.
 */
@OutsideRequestLimit
@Controller
@RequestMapping("/sign-in")
class SignInPages {

    static final String PHONE_VIEW = "identity/sign-in";
    static final String CODE_VIEW = "identity/sign-in-code";

    private final SignInService signIn;
    private final OtpService otps;
    private final ClientAddresses addresses;
    private final WebSessionCookies cookies;

    SignInPages(SignInService signIn, OtpService otps, ClientAddresses addresses, WebSessionCookies cookies) {
        this.signIn = signIn;
        this.otps = otps;
        this.addresses = addresses;
        this.cookies = cookies;
    }

    /** The other ways in, offered only when the server is configured for them. */
    @ModelAttribute
    void providers(Model model) {
        model.addAttribute("googleEnabled", signIn.googleEnabled());
        model.addAttribute("facebookEnabled", signIn.facebookEnabled());
    }

    /** {@code error} names the provider whose sign-in just failed (see {@link ProviderSignInPages}). */
    @GetMapping
    String phoneForm(@RequestParam(required = false) String error, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:" + SignInLanding.HOME;
        }
        model.addAttribute("phoneForm", PhoneForm.empty());
        model.addAttribute("providerError", ProviderSignInPages.errorMessage(error));
        return PHONE_VIEW;
    }

    @PostMapping("/code")
    String sendCode(@Valid PhoneForm phoneForm, BindingResult errors, HttpServletRequest request, Model model) {
        if (errors.hasErrors() || !send(phoneForm.phone(), errors, "phone", request)) {
            return PHONE_VIEW;
        }
        model.addAttribute("codeForm", CodeForm.forPhone(phoneForm.phone()));
        return CODE_VIEW;
    }

    /** "Send a new code", from the code form: any refusal is shown there, where the visitor is. */
    @PostMapping("/resend")
    String resendCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, Model model) {
        var form = CodeForm.forPhone(phone);
        var errors = new BeanPropertyBindingResult(form, "codeForm");
        model.addAttribute("resent", send(phone, errors, null, request));
        model.addAttribute("codeForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "codeForm", errors);
        return CODE_VIEW;
    }

    @PostMapping("/verify")
    String verify(@Valid CodeForm codeForm, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            return CODE_VIEW;
        }
        try {
            var result = signIn.withPhone(codeForm.phone(), codeForm.code(), request.getHeader(HttpHeaders.USER_AGENT));
            cookies.signIn(request, response, result.tokens());
            return SignInLanding.after(result);
        } catch (ApiException e) {
            SignInErrors.rejectCode(e, errors);
            return CODE_VIEW;
        }
    }

    /** Sends a code; a refusal goes on {@code phoneField} if there is one, else on the form as a whole. */
    private boolean send(String phone, BindingResult errors, String phoneField, HttpServletRequest request) {
        try {
            otps.send(phone, addresses.of(request));
            return true;
        } catch (ApiException e) {
            SignInErrors.rejectSend(e, errors, phoneField);
            return false;
        }
    }
}
