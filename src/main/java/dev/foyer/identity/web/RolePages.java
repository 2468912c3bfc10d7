package dev.foyer.identity.web;

import java.util.Arrays;
import java.util.List;

import dev.foyer.api.ApiException;
import dev.foyer.api.ProblemType;
import dev.foyer.identity.AccountRole;
import dev.foyer.identity.CurrentUser;
import dev.foyer.identity.account.AccountService;
import dev.foyer.identity.security.WebSessionCookies;
import dev.foyer.identity.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Choosing the account type, once, right after the first sign-in. */
@Controller
@RequestMapping(RolePages.PATH)
class RolePages {

    static final String PATH = "/role";
    static final String VIEW = "identity/role";

    private final AccountService accounts;
    private final SessionService sessions;
    private final WebSessionCookies cookies;

    RolePages(AccountService accounts, SessionService sessions, WebSessionCookies cookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    /** One radio button per account type a user may pick, with its name and description keys. */
    record RoleOption(String value, String nameKey, String descriptionKey) {

        static List<RoleOption> selectable() {
            return Arrays.stream(AccountRole.values()).filter(AccountRole::selectable)
                    .map(role -> new RoleOption(role.value(), "role." + role.value() + ".name",
                            "role." + role.value() + ".description"))
                    .toList();
        }
    }

    @ModelAttribute("roles")
    List<RoleOption> roles() {
        return RoleOption.selectable();
    }

    @GetMapping
    String form(Model model) {
        if (CurrentUser.require().role() != null) {
            return "redirect:" + SignInLanding.HOME;
        }
        model.addAttribute("roleForm", new RoleForm(""));
        return VIEW;
    }

    @PostMapping
    String choose(@Valid RoleForm roleForm, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        var user = CurrentUser.require();
        try {
            accounts.chooseRole(user.id(), roleForm.role());
        } catch (ApiException e) {
            if (e.type() == ProblemType.CONFLICT) {
                // Chosen already, in another tab or on another device: the choice stands.
                return "redirect:" + SignInLanding.HOME;
            }
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            errors.rejectValue("role", "role.invalid");
            return VIEW;
        }
        // The choice bumped the user's token version, so the access token in the cookie just stopped working.
        cookies.replaceAccessToken(request, response, sessions.reissueAccessToken(user.id(), user.sessionId()));
        return "redirect:" + SignInLanding.HOME;
    }
}
