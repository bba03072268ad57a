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

import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;

/**
 * An order fits its instrument: the quantity is a whole number of lots, the limit price a whole number of ticks,
 * and a limit order is worth at least the minimum notional. Each broken rule is reported on its field and named;
 * fields that are missing or invalid on their own are left to their own constraints.
 */
@Documented
@Constraint(validatedBy = FitsInstrument.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface FitsInstrument {

    String message() default "must fit the instrument";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's constraint validator factory, which injects the instrument catalog. */
    final class Validator implements ConstraintValidator<FitsInstrument, OrderRequestBody> {

        private final InstrumentCatalog catalog;

        Validator(InstrumentCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public boolean isValid(OrderRequestBody body, ConstraintValidatorContext context) {
            Instrument instrument = (body.symbol() != null) ? catalog.find(body.symbol()).orElse(null) : null;
            if (instrument == null) {
                return true;
            }
            BigDecimal quantity = amount(body.quantity());
            BigDecimal limit = amount(body.limitPrice());
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (quantity != null && !instrument.onLot(quantity)) {
                valid = broken(context, "quantity", "lot size: must be a multiple of "
                        + instrument.lotSize().toPlainString() + " for " + instrument.symbol());
            }
            if (limit != null && !instrument.onTick(limit)) {
                valid = broken(context, "limitPrice", "tick size: must be a multiple of "
                        + instrument.tickSize().toPlainString() + " for " + instrument.symbol());
            }
            if (quantity != null && limit != null && !instrument.reachesMinNotional(quantity, limit)) {
                valid = broken(context, "quantity", "minimum notional: quantity x limitPrice must be at least "
                        + instrument.minNotional().toPlainString() + " for " + instrument.symbol());
            }
            return valid;
        }

        private static boolean broken(ConstraintValidatorContext context, String field, String rule) {
            context.buildConstraintViolationWithTemplate(rule).addPropertyNode(field).addConstraintViolation();
            return false;
        }

        /** The amount if it is valid on its own (see {@link Amount}), else null: its own problem is enough. */
        private static BigDecimal amount(String text) {
            return (text != null && Amount.Validator.broken(text) == null) ? new BigDecimal(text.trim()) : null;
        }
    }
}
