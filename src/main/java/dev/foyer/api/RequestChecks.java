package dev.foyer.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.foyer.api.ApiException.FieldError;
import org.springframework.validation.BindingResult;

/**
 * Every bad field of a request body in one 400. Annotations check what they can say (a length, an
 * email); what needs code (an address's parts, a phone number, a rule across fields) is checked as
 * the request is read into the module's terms. A controller that has both takes the annotations'
 * errors as a {@link BindingResult} and hands them here with the reading, so that a client is never
 * told of one field, fixes it, and only then hears of the next.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    /**
     * What {@code reading} returns when neither it nor the annotations refused anything; otherwise a
     * 400 naming each bad field once, the annotation's word first. The reading runs even after an
     * annotation refused a field, so it must take any value a request can hold.
     */
    public static <T> T read(BindingResult annotations, Supplier<T> reading) {
        List<FieldError> errors = fieldErrors(annotations);
        T read = null;
        try {
            read = reading.get();
        } catch (ApiException refusal) {
            if (refusal.type() != ProblemType.VALIDATION) {
                throw refusal;
            }
            Set<String> named = new HashSet<>();
            errors.forEach(error -> named.add(error.field()));
            refusal.errors().stream().filter(error -> named.add(error.field())).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return read;
    }

    /** The annotations' errors as the problem document names them: a field's path, or the object's name. */
    static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }
}
