package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The portfolio marked to market: equity is cash plus every position's quantity times its mark (the last
 * tick's price, or its average price before any tick), and unrealized P&L is what the open positions would
 * realize at those marks. Realized P&L is net of fees, so equity always equals starting cash + realized +
 * unrealized (and realized + fees is the P&L gross of fees).
 */
public record Valuation(BigDecimal cash, BigDecimal equity, BigDecimal realizedPnl, BigDecimal unrealizedPnl,
        BigDecimal fees, List<MarkedPosition> positions) {

    public static Valuation of(Account account, Iterable<Position> positions, Map<String, BigDecimal> marks) {
        BigDecimal equity = account.cash();
        BigDecimal unrealized = BigDecimal.ZERO;
        List<MarkedPosition> marked = new ArrayList<>();
        for (Position position : positions) {
            if (!position.isOpen()) {
                continue;
            }
            BigDecimal mark = markOf(position, marks.get(position.symbol()));
            BigDecimal positionUnrealized = position.unrealizedAt(mark);
            BigDecimal marketValue = Decimals.even(position.quantity().multiply(mark));
            equity = equity.add(marketValue);
            unrealized = unrealized.add(positionUnrealized);
            marked.add(new MarkedPosition(position.symbol(), position.quantity(), position.averagePrice(), mark,
                    marketValue, positionUnrealized, position.realizedPnl()));
        }
        marked.sort(Comparator.comparing(MarkedPosition::symbol));
        return new Valuation(account.cash(), equity, account.realizedPnl(), unrealized, account.fees(), marked);
    }

    /** How many positions are open. */
    public int openPositions() {
        return positions.size();
    }

    private static BigDecimal markOf(Position position, @Nullable BigDecimal mark) {
        return (mark != null && mark.signum() > 0) ? mark : position.averagePrice();
    }

    /** An open position with its mark, market value and P&L. */
    public record MarkedPosition(String symbol, BigDecimal quantity, BigDecimal averagePrice, BigDecimal markPrice,
            BigDecimal marketValue, BigDecimal unrealizedPnl, BigDecimal realizedPnl) {
    }
}
