package io.tradewatch.orders.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The name of one of an enum's constants, exactly (upper case). Null is valid. */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "must be one of the listed values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the name against the enum's constants and lists them when it is not one. */
    final class Validator implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] constants = new Enum<?>[0];

        @Override
        public void initialize(OneOf annotation) {
            this.constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || Arrays.stream(constants).anyMatch(c -> c.name().equals(text.trim()))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + Arrays.toString(constants))
                .addConstraintViolation();
            return false;
        }
    }
}
