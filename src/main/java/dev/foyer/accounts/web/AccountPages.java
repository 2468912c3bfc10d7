package dev.foyer.accounts.web;

import java.util.UUID;

import dev.foyer.accounts.AccountContactService;
import dev.foyer.accounts.AccountContactView;
import dev.foyer.accounts.AccountView;
import dev.foyer.accounts.CustomerAccountService;
import dev.foyer.accounts.CustomerTypes;
import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.identity.CurrentUser;
import dev.foyer.web.FormErrors;
import dev.foyer.web.Pager;
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
import org.springframework.web.bind.annotation.RequestParam;

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
    private final AccountContactService contacts;

    AccountPages(CustomerAccountService accounts, AccountContactService contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
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

    /** {@code contacts}: where the page of contacts starts; the account itself carries the first. */
    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(name = "contacts", required = false) Integer contactsOffset,
                Model model) {
        var userId = CurrentUser.require().id();
        var account = accounts.get(userId, id);
        if (contactsOffset == null || contactsOffset <= 0) {
            return show(model, account, AccountContactForm.empty());
        }
        var page = contacts.list(userId, id, new PageRequest(PageRequest.DEFAULT_LIMIT, contactsOffset));
        return show(model, account, page, AccountContactForm.empty());
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

    /** The account's page with its first contacts, also drawn by the contact forms on it when they are refused. */
    static String show(Model model, AccountView account, AccountContactForm contactForm) {
        var firstContacts = new Page<>(account.contacts(), 0, PageRequest.DEFAULT_LIMIT, account.contactCount());
        return show(model, account, firstContacts, contactForm);
    }

    private static String show(Model model, AccountView account, Page<AccountContactView> contacts,
                               AccountContactForm contactForm) {
        model.addAttribute("account", account);
        model.addAttribute("contacts", contacts.items());
        model.addAttribute("contactPager", Pager.of(contacts, PageRequest.DEFAULT_LIMIT, offset -> contactsUrl(account, offset)));
        model.addAttribute("billingLines", AddressLines.of(account.billingAddress()));
        model.addAttribute("serviceLines", AddressLines.of(account.serviceAddress()));
        model.addAttribute("accountContactForm", contactForm);
        return SHOW_VIEW;
    }

    private static String contactsUrl(AccountView account, int offset) {
        return "/accounts/" + account.id() + (offset > 0 ? "?contacts=" + offset : "") + "#contacts";
    }

    private static String form(Model model, AccountForm form, UUID accountId) {
        model.addAttribute("accountForm", form);
        model.addAttribute("accountId", accountId);
        model.addAttribute("types", CustomerTypes.ALL);
        return FORM_VIEW;
    }
}
