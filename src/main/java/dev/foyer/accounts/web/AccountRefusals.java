package dev.foyer.accounts.web;

import java.util.List;

import dev.foyer.api.ApiException;
import dev.foyer.api.ApiException.FieldError;
import dev.foyer.api.ProblemType;
import dev.foyer.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * The module refuses a bad tag by its place in the JSON array ({@code tags[2]}); the form has one
 * tags box, so such a refusal is put on that box before it goes next to its field.
 */
final class AccountRefusals {

    private AccountRefusals() {
    }

    static void reject(ApiException refusal, BindingResult errors, String form) {
        if (refusal.type() != ProblemType.VALIDATION) {
            FormErrors.reject(refusal, errors, form);
            return;
        }
        List<FieldError> onFields = refusal.errors().stream()
                .map(error -> error.field().startsWith("tags[") ? new FieldError("tags", error.message()) : error)
                .distinct().toList();
        FormErrors.reject(ApiException.invalid(onFields), errors, form);
    }
}
