package io.tradewatch.strategy.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One parameter a strategy type accepts: an integer or decimal within bounds, or one of a set of words,
 * with its default.
 */
record ParameterSpec(String name, Kind kind, double min, double max, boolean exclusiveBounds, Object defaultValue,
        Set<String> words) {

    enum Kind { INTEGER, DECIMAL, WORD }

    static final ParameterSpec ATR_PERIOD = integer("atrPeriod", 1, 1000, 14);

    static final ParameterSpec VWAP_WINDOW = integer("vwapWindow", 1, 100_000, 100);

    static final Map<StrategyType, List<ParameterSpec>> BY_TYPE = Map.of(
            StrategyType.MA_CROSSOVER, List.of(integer("fast", 1, 10_000, 10), integer("slow", 2, 10_000, 30),
                    word("average", "sma", "sma", "ema"), ATR_PERIOD, VWAP_WINDOW),
            StrategyType.RSI_MEAN_REVERSION, List.of(integer("period", 2, 1000, 14),
                    exclusive("oversold", 0, 100, 30), exclusive("overbought", 0, 100, 70), ATR_PERIOD, VWAP_WINDOW),
            StrategyType.BOLLINGER_BREAKOUT, List.of(integer("period", 2, 10_000, 20),
                    new ParameterSpec("k", Kind.DECIMAL, 0, 10, false, 2.0, Set.of()), ATR_PERIOD, VWAP_WINDOW));

    static ParameterSpec integer(String name, int min, int max, int defaultValue) {
        return new ParameterSpec(name, Kind.INTEGER, min, max, false, defaultValue, Set.of());
    }

    static ParameterSpec exclusive(String name, double min, double max, double defaultValue) {
        return new ParameterSpec(name, Kind.DECIMAL, min, max, true, defaultValue, Set.of());
    }

    static ParameterSpec word(String name, String defaultValue, String... words) {
        return new ParameterSpec(name, Kind.WORD, 0, 0, false, defaultValue, Set.of(words));
    }

    /** The normalized value, or the reason it is invalid as a {@link String} wrapped in {@link Invalid}. */
    Object check(@Nullable Object raw) {
        if (raw == null) {
            return defaultValue;
        }
        return switch (kind) {
            case WORD -> (raw instanceof String text && words.contains(text)) ? text
                    : new Invalid("must be one of " + words.stream().sorted().toList());
            case INTEGER -> checkInteger(raw);
            case DECIMAL -> checkDecimal(raw);
        };
    }

    private Object checkInteger(Object raw) {
        if (!(raw instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            return new Invalid("must be an integer between " + (long) min + " and " + (long) max);
        }
        long value = number.longValue();
        return (value < min || value > max)
                ? new Invalid("must be an integer between " + (long) min + " and " + (long) max) : (int) value;
    }

    private Object checkDecimal(Object raw) {
        if (!(raw instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            return new Invalid(range());
        }
        double value = number.doubleValue();
        boolean inside = exclusiveBounds ? (value > min && value < max) : (value > min && value <= max);
        return inside ? value : new Invalid(range());
    }

    private String range() {
        return exclusiveBounds ? "must be a number strictly between " + min + " and " + max
                : "must be a number greater than " + min + " and at most " + max;
    }

    /** Why a parameter value is rejected. */
    record Invalid(String message) {
    }
}
