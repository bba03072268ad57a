package io.tradewatch.orders.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.tradewatch.orders.config.OrderExecutorProperties;

/** A symbol this service trades (its configured symbols). Null is valid. */
@Documented
@Constraint(validatedBy = KnownSymbol.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface KnownSymbol {

    String message() default "is not a known symbol";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's constraint validator factory, which injects the configured symbols. */
    final class Validator implements ConstraintValidator<KnownSymbol, String> {

        private final Set<String> symbols;

        Validator(OrderExecutorProperties properties) {
            this.symbols = Set.copyOf(properties.symbols());
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank() || symbols.contains(text.trim())) {
                return true;
            }
            List<String> known = symbols.stream().sorted().toList();
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("unknown symbol '" + text.trim().replaceAll("[{}$\\\\]", "")
                    + "'; known: " + String.join(", ", known))
                .addConstraintViolation();
            return false;
        }
    }
}
