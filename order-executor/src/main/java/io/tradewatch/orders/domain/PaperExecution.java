package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Paper execution rules. A market order (or a marketable limit order) takes the quote: the ask for a buy,
 * the bid for a sell, moved against the order by the slippage; a limit order never fills worse than its
 * limit, and a resting limit order fills at its limit when a tick crosses it. Nothing fills on a quote older
 * than the allowed age.
 */
public final class PaperExecution {

    private final BigDecimal slippageBps;

    private final BigDecimal feeBps;

    private final Duration quoteMaxAge;

    public PaperExecution(BigDecimal slippageBps, BigDecimal feeBps, Duration quoteMaxAge) {
        this.slippageBps = slippageBps;
        this.feeBps = feeBps;
        this.quoteMaxAge = quoteMaxAge;
    }

    /** What to do with an order risk-manager has just approved, given the latest quote (or none). */
    public Execution onApproval(Order order, @Nullable Quote quote, Instant now) {
        boolean fresh = quote != null && quote.isFresh(now, quoteMaxAge);
        BigDecimal taker = fresh ? quote.takerPrice(order.terms().side()) : null;
        if (order.terms().type() == OrderType.MARKET) {
            return (taker != null) ? new Execution.FillAt(slipped(order.terms().side(), taker))
                    : new Execution.CancelFor(CancelReason.STALE_QUOTE);
        }
        BigDecimal limit = requireLimit(order);
        if (taker != null && crosses(order.terms().side(), limit, taker)) {
            return new Execution.FillAt(capped(order.terms().side(), slipped(order.terms().side(), taker), limit));
        }
        return switch (order.terms().timeInForce()) {
            case GTC -> new Execution.Rest();
            case IOC -> new Execution.CancelFor((taker != null) ? CancelReason.IOC_UNFILLED : CancelReason.STALE_QUOTE);
        };
    }

    /** Whether a resting limit order crosses a tick quoting {@code takerPrice} (the ask for buys, the bid for sells). */
    public boolean crossedBy(Order resting, BigDecimal takerPrice) {
        return crosses(resting.terms().side(), requireLimit(resting), takerPrice);
    }

    /** The fill of a whole order at {@code price}: notional, fee and slippage against its reference price. */
    public Fill fill(Order order, BigDecimal price, Instant at) {
        BigDecimal notional = Decimals.money(order.terms().quantity().multiply(price));
        BigDecimal fee = Decimals.money(notional.multiply(feeBps).divide(Decimals.BPS));
        return new Fill(Order.eventId(order.id(), "filled"), order.terms().quantity(), Decimals.money(price), notional, fee,
                slippageBps(order, price), at);
    }

    /** The quantity a notional buys or sells at a price, rounded down to 8 decimals so it never exceeds it. */
    public static BigDecimal sized(BigDecimal notional, BigDecimal price) {
        return notional.divide(price, Decimals.SCALE, RoundingMode.DOWN);
    }

    /** Whether a quote is young enough to trade on. */
    public boolean isFresh(@Nullable Quote quote, Instant now) {
        return quote != null && quote.isFresh(now, quoteMaxAge);
    }

    private BigDecimal slipped(Side side, BigDecimal price) {
        BigDecimal factor = BigDecimal.ONE.add(slippageBps.multiply(BigDecimal.valueOf(side.sign())).divide(Decimals.BPS));
        return Decimals.money(price.multiply(factor));
    }

    private static BigDecimal capped(Side side, BigDecimal price, BigDecimal limit) {
        return switch (side) {
            case BUY -> price.min(limit);
            case SELL -> price.max(limit);
        };
    }

    private static boolean crosses(Side side, BigDecimal limit, BigDecimal takerPrice) {
        return switch (side) {
            case BUY -> takerPrice.compareTo(limit) <= 0;
            case SELL -> takerPrice.compareTo(limit) >= 0;
        };
    }

    private static double slippageBps(Order order, BigDecimal price) {
        BigDecimal reference = order.referencePrice();
        if (reference == null || reference.signum() == 0) {
            return 0.0;
        }
        BigDecimal bps = price.subtract(reference)
            .multiply(Decimals.BPS)
            .multiply(BigDecimal.valueOf(order.terms().side().sign()))
            .divide(reference, 4, RoundingMode.HALF_EVEN);
        return bps.doubleValue();
    }

    private static BigDecimal requireLimit(Order order) {
        BigDecimal limit = order.terms().limitPrice();
        if (limit == null) {
            throw new IllegalStateException("Limit order " + order.id() + " has no limit price");
        }
        return limit;
    }
}
