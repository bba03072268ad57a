package io.tradewatch.orders.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A LIMIT order has a {@code limitPrice} and a MARKET order has none; reported on {@code limitPrice}. */
@Documented
@Constraint(validatedBy = PriceMatchesType.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PriceMatchesType {

    String message() default "must match the order type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the limit price against the type. */
    final class Validator implements ConstraintValidator<PriceMatchesType, OrderRequestBody> {

        @Override
        public boolean isValid(OrderRequestBody body, ConstraintValidatorContext context) {
            String type = (body.type() != null) ? body.type().trim() : "";
            String broken = switch (type) {
                case "LIMIT" -> (body.limitPrice() == null) ? "is required for a LIMIT order" : null;
                case "MARKET" -> (body.limitPrice() != null) ? "must not be set for a MARKET order" : null;
                default -> null;
            };
            if (broken == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(broken).addPropertyNode("limitPrice").addConstraintViolation();
            return false;
        }
    }
}
