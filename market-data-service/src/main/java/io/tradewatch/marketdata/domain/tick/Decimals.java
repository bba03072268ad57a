package io.tradewatch.marketdata.domain.tick;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Reads the decimal strings feeds send; anything that is not a finite decimal becomes {@code null}. */
public final class Decimals {

    private static final int MAX_LENGTH = 40;

    private Decimals() {
    }

    /** The decimal {@code text} holds, or {@code null} for null, blank, NaN, Infinity or garbage. */
    public static @Nullable BigDecimal parse(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        char first = text.charAt(0);
        if (first != '-' && first != '+' && first != '.' && (first < '0' || first > '9')) {
            return null;
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
