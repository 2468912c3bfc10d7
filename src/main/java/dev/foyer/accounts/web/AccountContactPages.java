package dev.foyer.accounts.web;

import java.util.UUID;

import dev.foyer.accounts.AccountContactService;
import dev.foyer.accounts.ContactChange;
import dev.foyer.accounts.ContactPhones;
import dev.foyer.accounts.CustomerAccountService;
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
 * An account's contacts, from the account's page: adding one (a refused one redraws the page with
 * the errors beside the add form), changing one on its own form, making one the primary contact,
 * and deleting one. The module keeps at most one primary contact, stepping the old one down.
 */
@Controller
@RequestMapping("/accounts/{id}/contacts")
class AccountContactPages {

    static final String FORM_VIEW = "accounts/contact-form";

    private final CustomerAccountService accounts;
    private final AccountContactService contacts;
    private final ContactPhones phones;

    AccountContactPages(CustomerAccountService accounts, AccountContactService contacts, ContactPhones phones) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.phones = phones;
    }

    @InitBinder("accountContactForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping
    String add(@PathVariable UUID id, @Valid AccountContactForm accountContactForm, BindingResult errors,
               Model model) {
        var userId = CurrentUser.require().id();
        var change = FormErrors.read(() -> accountContactForm.toChange(phones),
                refusal -> AccountRefusals.reject(refusal, errors, "accountContact"));
        if (!errors.hasErrors()) {
            try {
                contacts.add(userId, id, change);
                return "redirect:/accounts/" + id + "?contactAdded#contacts";
            } catch (ApiException refusal) {
                AccountRefusals.reject(refusal, errors, "accountContact");
            }
        }
        return AccountPages.show(model, accounts.get(userId, id), accountContactForm);
    }

    @GetMapping("/{contactId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID contactId, Model model) {
        var userId = CurrentUser.require().id();
        var account = accounts.get(userId, id);
        var contact = contacts.get(userId, id, contactId);
        return form(model, id, contactId, account.companyName(), AccountContactForm.of(contact));
    }

    @PostMapping("/{contactId}")
    String update(@PathVariable UUID id, @PathVariable UUID contactId, @Valid AccountContactForm accountContactForm,
                  BindingResult errors, Model model) {
        var userId = CurrentUser.require().id();
        var change = FormErrors.read(() -> accountContactForm.toChange(phones),
                refusal -> AccountRefusals.reject(refusal, errors, "accountContact"));
        if (!errors.hasErrors()) {
            try {
                contacts.update(userId, id, contactId, change);
                return "redirect:/accounts/" + id + "?contactSaved#contacts";
            } catch (ApiException refusal) {
                AccountRefusals.reject(refusal, errors, "accountContact");
            }
        }
        return form(model, id, contactId, accounts.get(userId, id).companyName(), accountContactForm);
    }

    /** Only the primary flag changes: the other fields are null, which the module reads as "as they are". */
    @PostMapping("/{contactId}/primary")
    String makePrimary(@PathVariable UUID id, @PathVariable UUID contactId) {
        contacts.update(CurrentUser.require().id(), id, contactId, new ContactChange(null, null, null, null, true, null));
        return "redirect:/accounts/" + id + "?primaryChanged#contacts";
    }

    @PostMapping("/{contactId}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID contactId) {
        contacts.delete(CurrentUser.require().id(), id, contactId);
        return "redirect:/accounts/" + id + "?contactDeleted#contacts";
    }

    private static String form(Model model, UUID accountId, UUID contactId, String companyName,
                               AccountContactForm form) {
        model.addAttribute("accountId", accountId);
        model.addAttribute("contactId", contactId);
        model.addAttribute("companyName", companyName);
        model.addAttribute("accountContactForm", form);
        return FORM_VIEW;
    }
}
