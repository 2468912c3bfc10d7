package dev.foyer.accounts.web;

import java.util.UUID;

import dev.foyer.accounts.AccountView;
import dev.foyer.accounts.CustomerAccountService;
import dev.foyer.accounts.CustomerTypes;
import dev.foyer.api.ApiException;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * One account: its page (details, addresses, tags and its contacts), the form to create or change it,
 * and deleting it with its contacts. What just happened travels in the redirect's query, as Foyer
 * keeps no server session for a flash message.
 */
@Controller
@RequestMapping("/accounts")
class AccountPages {

    static final String FORM_VIEW = "accounts/form";
    static final String SHOW_VIEW = "accounts/show";

    private final CustomerAccountService accounts;

    AccountPages(CustomerAccountService accounts) {
        this.accounts = accounts;
    }

    @InitBinder("accountForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(model, AccountForm.empty(), null);
    }

    @PostMapping
    String create(@Valid AccountForm accountForm, BindingResult errors, Model model) {
        var change = FormErrors.read(accountForm::toChange, refusal -> AccountRefusals.reject(refusal, errors, "account"));
        if (!errors.hasErrors()) {
            try {
                var created = accounts.create(CurrentUser.require().id(), change);
                return "redirect:/accounts/" + created.id() + "?created";
            } catch (ApiException refusal) {
                AccountRefusals.reject(refusal, errors, "account");
            }
        }
        return form(model, accountForm, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return show(model, accounts.get(CurrentUser.require().id(), id), AccountContactForm.empty());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, AccountForm.of(accounts.get(CurrentUser.require().id(), id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid AccountForm accountForm, BindingResult errors, Model model) {
        var change = FormErrors.read(accountForm::toChange, refusal -> AccountRefusals.reject(refusal, errors, "account"));
        if (!errors.hasErrors()) {
            try {
                accounts.update(CurrentUser.require().id(), id, change);
                return "redirect:/accounts/" + id + "?saved";
            } catch (ApiException refusal) {
                AccountRefusals.reject(refusal, errors, "account");
            }
        }
        return form(model, accountForm, id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        accounts.delete(CurrentUser.require().id(), id);
        return "redirect:/accounts?deleted";
    }

    /** The account's page, also drawn by the contact forms on it when they are refused. */
    static String show(Model model, AccountView account, AccountContactForm contactForm) {
        model.addAttribute("account", account);
        model.addAttribute("billingLines", AddressLines.of(account.billingAddress()));
        model.addAttribute("serviceLines", AddressLines.of(account.serviceAddress()));
        model.addAttribute("accountContactForm", contactForm);
        return SHOW_VIEW;
    }

    private static String form(Model model, AccountForm form, UUID accountId) {
        model.addAttribute("accountForm", form);
        model.addAttribute("accountId", accountId);
        model.addAttribute("types", CustomerTypes.ALL);
        return FORM_VIEW;
    }
}
