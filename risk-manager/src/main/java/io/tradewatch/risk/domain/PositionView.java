package io.tradewatch.risk.domain;

import org.jspecify.annotations.Nullable;

/**
 * One symbol's position as {@code GET /api/risk/positions} shows it: signed quantity, average price, last
 * mark, realized P&L (net of fees), unrealized P&L, exposure, and the quantities open orders reserve.
 */
public record PositionView(String symbol, String quantity, String averagePrice, @Nullable String markPrice,
        String realizedPnl, String unrealizedPnl, String exposure, String pendingBuy, String pendingSell) {
}
