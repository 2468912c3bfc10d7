package dev.foyer.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Blank means what {@link String#strip()} leaves empty, which is what Foyer stores. Bean
 * Validation's {@code @NotBlank} trims only characters up to U+0020, and {@code \S} in a pattern
 * knows only ASCII spaces, so a name of ideographic or em spaces passed both and was saved as "".
 */
@Configuration(proxyBeanMethods = false)
public class BlankText {

    /** For {@code @Pattern} on a field a PATCH may leave out (null) but not blank out. */
    public static final String NOT_BLANK = "(?s).*\\P{javaWhitespace}.*";

    @Bean
    ValidationConfigurationCustomizer notBlankAsStripSeesIt() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                var mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                        .validatedBy(NotBlankValidator.class);
                hibernate.addMapping(mapping);
            }
        };
    }

    public static final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !value.toString().isBlank();
        }
    }
}
