package dev.foyer.web;

import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.foyer.api.ApiException;
import org.springframework.validation.BindingResult;

/**
 * Turns a service's refusal (a bad or clashing field) into a field error on the form that caused
 * it, so that the page shows it next to the field. The message key is {@code <form>.<field>.<kind>},
 * e.g. {@code tag.name.conflict}; the service's English detail is the fallback, never shown raw
 * unless the key is missing.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Reads a form into the module's terms even when its annotations refused a field, so that the
     * page names every bad field at once: the value read, or {@code null} when the reading was
     * refused and {@code reject} has put the refusal on the form's fields.
     */
    public static <T> T read(Supplier<T> reading, Consumer<ApiException> reject) {
        try {
            return reading.get();
        } catch (ApiException refusal) {
            reject.accept(refusal);
            return null;
        }
    }

    /**
     * Rejects the fields the refusal names, but for a field already refused (by its annotations);
     * rethrows a refusal that is not about the form's fields.
     */
    public static void reject(ApiException refusal, BindingResult errors, String form) {
        var kind = switch (refusal.type()) {
            case VALIDATION -> "invalid";
            case CONFLICT -> "conflict";
            default -> throw refusal;
        };
        var named = refusal.errors().stream().filter(error -> errors.getFieldType(error.field()) != null).toList();
        if (named.isEmpty()) {
            throw refusal;
        }
        named.stream().filter(error -> !errors.hasFieldErrors(error.field())).forEach(error -> errors.rejectValue(error.field(), form + "." + error.field() + "." + kind,
                error.message()));
    }
}
