package io.tradewatch.orders.service;

import io.tradewatch.metrics.TradingMetrics;
import io.tradewatch.metrics.catalog.TagValues;
import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderStatus;

import org.springframework.stereotype.Component;

/** Records committed order events on the shared {@link TradingMetrics}, so the domain never sees Micrometer. */
@Component
public class OrderMetrics {

    private final TradingMetrics metrics;

    OrderMetrics(TradingMetrics metrics) {
        this.metrics = metrics;
    }

    /** A new order was stored; an order rejected on arrival (no fresh quote) counts as placed and rejected. */
    void placed(Order order) {
        metrics.orderPlaced(side(order), type(order));
        if (order.status() == OrderStatus.REJECTED) {
            rejected(order);
        }
    }

    void rejected(Order order) {
        metrics.orderRejected(side(order), type(order));
    }

    void cancelled(Order order) {
        metrics.orderCancelled(side(order), type(order));
    }

    void filled(Order order, Fill fill) {
        long latency = fill.filledAt().toEpochMilli() - order.createdAt().toEpochMilli();
        metrics.orderFilled(side(order), type(order), latency, fill.slippageBps());
    }

    private static TagValues.Side side(Order order) {
        return switch (order.terms().side()) {
            case BUY -> TagValues.Side.BUY;
            case SELL -> TagValues.Side.SELL;
        };
    }

    private static TagValues.OrderType type(Order order) {
        return switch (order.terms().type()) {
            case MARKET -> TagValues.OrderType.MARKET;
            case LIMIT -> TagValues.OrderType.LIMIT;
        };
    }
}
