package io.tradewatch.orders.domain;

import java.math.BigDecimal;

/**
 * Applies fills to the portfolio: a buy pays its notional and fee from cash, a sell (also a short sale)
 * receives its notional less the fee; the symbol's position moves at average cost and the P&L it realizes,
 * net of the fee, is added to the account's realized P&L (the fee is also added to the account's fees, so
 * the gross figure is realized + fees).
 */
public final class Ledger {

    private Ledger() {
    }

    /** The account and position after one fill of {@code side}; the account's version moves on by one. */
    public static Effect apply(Account account, Position position, Side side, Fill fill) {
        Position next = position.apply(side, fill.quantity(), fill.price(), fill.fee());
        BigDecimal realized = next.realizedPnl().subtract(position.realizedPnl());
        BigDecimal cashMove = switch (side) {
            case BUY -> fill.notional().negate();
            case SELL -> fill.notional();
        };
        Account after = new Account(account.cash().add(cashMove).subtract(fill.fee()),
                account.realizedPnl().add(realized), account.fees().add(fill.fee()), account.version() + 1);
        return new Effect(after, next);
    }

    /** The state a fill leaves behind. */
    public record Effect(Account account, Position position) {
    }
}
