package io.tradewatch.marketdata.domain.tick;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a tick may be published: a known symbol, a sequence number above the symbol's last one,
 * and a positive finite price, size, bid and ask with the bid not above the ask. Jumps in the sequence are
 * reported as the number of missed ticks. Not thread-safe: one pipeline thread owns it.
 */
public final class TickValidator {

    private final Set<String> symbols;

    private final Map<String, long[]> lastSeq = new HashMap<>();

    public TickValidator(Collection<String> symbols) {
        this.symbols = Set.copyOf(symbols);
    }

    public Verdict validate(Tick tick) {
        if (!symbols.contains(tick.symbol())) {
            return new Verdict.Rejected(Rejection.UNKNOWN_SYMBOL, "symbol is not configured", 0);
        }
        long[] last = lastSeq.get(tick.symbol());
        long missed = 0;
        if (last == null) {
            lastSeq.put(tick.symbol(), new long[] { tick.seq() });
        }
        else {
            if (tick.seq() == last[0]) {
                return new Verdict.Rejected(Rejection.DUPLICATE, "sequence number repeats the previous one", 0);
            }
            if (tick.seq() < last[0]) {
                return new Verdict.Rejected(Rejection.OUT_OF_ORDER, "sequence number below the previous one", 0);
            }
            missed = tick.seq() - last[0] - 1;
            last[0] = tick.seq();
        }
        String problem = invalidValue(tick);
        return (problem == null) ? Verdict.Accepted.after(missed)
                : new Verdict.Rejected(Rejection.INVALID, problem, missed);
    }

    private static @Nullable String invalidValue(Tick tick) {
        String problem = notPositive("price", tick.price());
        if (problem == null) {
            problem = notPositive("size", tick.size());
        }
        if (problem == null) {
            problem = notPositive("bid", tick.bid());
        }
        if (problem == null) {
            problem = notPositive("ask", tick.ask());
        }
        if (problem == null && tick.bid().compareTo(tick.ask()) > 0) {
            problem = "bid is above ask";
        }
        return problem;
    }

    private static @Nullable String notPositive(String field, @Nullable BigDecimal value) {
        if (value == null) {
            return field + " is not a number";
        }
        return (value.signum() > 0) ? null : field + " is not positive";
    }
}
