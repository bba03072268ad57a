package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks a limits draft field by field and names every problem at once. The bounds keep every amount the
 * Redis scripts hold below 2^53 in integer units, where their arithmetic is exact.
 */
public final class LimitsValidator {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("10000000");

    static final BigDecimal MAX_USD = new BigDecimal("10000000000");

    static final int MAX_OPEN_ORDERS = 10_000;

    static final int MAX_SYMBOLS = 200;

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,20}");

    private LimitsValidator() {
    }

    /** The outcome of a validation: valid limits, or every problem found. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(RiskLimits limits) implements Result {
    }

    public record Invalid(List<LimitProblem> problems) implements Result {
    }

    public static Result validate(LimitsDraft draft) {
        List<LimitProblem> problems = new ArrayList<>();
        Map<String, SymbolLimits> symbols = symbols(draft.symbols(), problems);
        BigDecimal notional = amount("maxOrderNotional", draft.maxOrderNotional(), Units.USD, MAX_USD, problems);
        BigDecimal gross = amount("maxGrossExposure", draft.maxGrossExposure(), Units.USD, MAX_USD, problems);
        BigDecimal loss = amount("dailyLossLimit", draft.dailyLossLimit(), Units.USD, MAX_USD, problems);
        BigDecimal warning = ratio("drawdownWarning", draft.drawdownWarning(), problems);
        BigDecimal drawdown = ratio("maxDrawdown", draft.maxDrawdown(), problems);
        if (warning != null && drawdown != null && warning.compareTo(drawdown) >= 0) {
            problems.add(new LimitProblem("drawdownWarning", "must be below maxDrawdown (" + drawdown + ")"));
        }
        Integer open = draft.maxOpenOrders();
        if (open == null) {
            problems.add(new LimitProblem("maxOpenOrders", "is required"));
        }
        else if (open < 1 || open > MAX_OPEN_ORDERS) {
            problems.add(new LimitProblem("maxOpenOrders", "must be between 1 and " + MAX_OPEN_ORDERS));
        }
        if (!problems.isEmpty()) {
            return new Invalid(List.copyOf(problems));
        }
        return new Valid(new RiskLimits(symbols, notional, gross, open, loss, warning, drawdown));
    }

    private static Map<String, SymbolLimits> symbols(@Nullable Map<String, LimitsDraft.@Nullable SymbolDraft> drafts,
            List<LimitProblem> problems) {
        Map<String, SymbolLimits> symbols = new TreeMap<>();
        if (drafts == null) {
            problems.add(new LimitProblem("symbols", "is required (an object of symbol to limits, may be empty)"));
            return symbols;
        }
        if (drafts.size() > MAX_SYMBOLS) {
            problems.add(new LimitProblem("symbols", "must hold at most " + MAX_SYMBOLS + " symbols"));
        }
        drafts.forEach((symbol, draft) -> {
            String path = "symbols." + symbol;
            if (!SYMBOL.matcher(symbol).matches()) {
                problems.add(new LimitProblem(path, "is not a symbol: use 2-20 upper-case letters or digits"));
            }
            if (draft == null) {
                problems.add(new LimitProblem(path, "is required"));
                return;
            }
            SymbolLimits limits = symbol(path, draft, problems);
            if (limits != null) {
                symbols.put(symbol, limits);
            }
        });
        return symbols;
    }

    private static @Nullable SymbolLimits symbol(String path, LimitsDraft.SymbolDraft draft, List<LimitProblem> problems) {
        if (draft.tradable() == null) {
            problems.add(new LimitProblem(path + ".tradable", "is required"));
        }
        BigDecimal quantity = amount(path + ".maxOrderQuantity", draft.maxOrderQuantity(), Units.QUANTITY,
                MAX_QUANTITY, problems);
        BigDecimal position = amount(path + ".maxPosition", draft.maxPosition(), Units.QUANTITY, MAX_QUANTITY,
                problems);
        if (draft.tradable() == null || quantity == null || position == null) {
            return null;
        }
        return new SymbolLimits(draft.tradable(), quantity, position);
    }

    private static @Nullable BigDecimal amount(String field, @Nullable BigDecimal value, int scale, BigDecimal max,
            List<LimitProblem> problems) {
        if (value == null) {
            problems.add(new LimitProblem(field, "is required"));
            return null;
        }
        int before = problems.size();
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            problems.add(new LimitProblem(field, "must be above 0 and at most " + max.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > scale) {
            problems.add(new LimitProblem(field, "must have at most " + scale + " decimals"));
        }
        return (problems.size() == before) ? Units.scaled(value, scale) : null;
    }

    private static @Nullable BigDecimal ratio(String field, @Nullable BigDecimal value, List<LimitProblem> problems) {
        if (value == null) {
            problems.add(new LimitProblem(field, "is required"));
            return null;
        }
        int before = problems.size();
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            problems.add(new LimitProblem(field, "must be a ratio above 0 and below 1"));
        }
        if (value.stripTrailingZeros().scale() > Units.RATIO) {
            problems.add(new LimitProblem(field, "must have at most " + Units.RATIO + " decimals"));
        }
        return (problems.size() == before) ? Units.scaled(value, Units.RATIO) : null;
    }
}
