package io.tradewatch.orders.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.tradewatch.orders.domain.Decimals;

/**
 * An amount: a finite decimal (JSON number or string), greater than zero, with at most {@link Decimals#SCALE}
 * decimals and at most 10^12. Null is valid (use {@code @NotNull} where the amount is required).
 */
@Documented
@Constraint(validatedBy = Amount.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface Amount {

    String message() default "must be a finite decimal number (JSON number or string)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one amount and says which rule it breaks. */
    final class Validator implements ConstraintValidator<Amount, String> {

        static final BigDecimal MAX = new BigDecimal("1000000000000");

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            String broken = broken(text);
            if (broken == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(broken).addConstraintViolation();
            return false;
        }

        /** The rule {@code text} breaks, or null when it is a valid amount. */
        static String broken(String text) {
            BigDecimal value;
            try {
                value = new BigDecimal(text.trim());
            }
            catch (NumberFormatException ex) {
                return "must be a finite decimal number (JSON number or string)";
            }
            if (value.signum() <= 0) {
                return "must be greater than zero";
            }
            if (Decimals.decimalsOf(value) > Decimals.SCALE) {
                return "must have at most " + Decimals.SCALE + " decimals";
            }
            return (value.compareTo(MAX) > 0) ? "must be at most " + MAX.toPlainString() : null;
        }
    }
}
