package dev.foyer.deals;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO 4217 currency code, in any case: {@code aud} is read as {@code AUD}, since the code is
 * unambiguous and a form that sends lower case should not fail. Null passes (the field is optional).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCurrency.Validator.class)
@interface IsoCurrency {

    String message() default "must be an ISO 4217 currency code, such as AUD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoCurrency, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isCurrency(value);
        }

        static boolean isCurrency(String code) {
            if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
                return false;
            }
            try {
                Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
                return true;
            } catch (IllegalArgumentException notIso) {
                return false;
            }
        }

        /** The upper-case code of a value that passed validation. */
        static String normalise(String code) {
            return code.strip().toUpperCase(Locale.ROOT);
        }
    }
}
