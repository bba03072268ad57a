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

import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;

/** A tradable symbol of the instrument catalog, in any case. Null is valid. */
@Documented
@Constraint(validatedBy = KnownSymbol.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface KnownSymbol {

    String message() default "is not a known symbol";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's constraint validator factory, which injects the instrument catalog. */
    final class Validator implements ConstraintValidator<KnownSymbol, String> {

        private final Set<String> symbols;

        Validator(InstrumentCatalog catalog) {
            this.symbols = Set.copyOf(catalog.all().stream().filter(Instrument::tradable).map(Instrument::symbol)
                .toList());
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank() || symbols.contains(Instrument.normalise(text))) {
                return true;
            }
            List<String> known = symbols.stream().sorted().toList();
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("unknown or untradable symbol '" + text.trim().replaceAll("[{}$\\\\]", "")
                    + "'; tradable: " + String.join(", ", known))
                .addConstraintViolation();
            return false;
        }
    }
}
