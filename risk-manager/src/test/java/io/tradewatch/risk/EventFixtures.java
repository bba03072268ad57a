package io.tradewatch.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tradewatch.risk.messaging.Events;

/**
 * Event bodies as the other services publish them ({@code docs/events.md}), for tests that act as
 * order-executor.
 */
abstract class EventFixtures {

    /** An {@code order.requested} body as order-executor publishes it. */
    protected static Map<String, Object> order(String symbol, String side, String quantity, String notional) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Events.ORDER_REQUESTED);
        body.put("id", UUID.randomUUID().toString());
        body.put("occurredAt", Instant.now().toString());
        body.put("version", 1);
        body.put("orderId", UUID.randomUUID().toString());
        body.put("clientOrderId", null);
        body.put("symbol", symbol);
        body.put("side", side);
        body.put("orderType", "MARKET");
        body.put("quantity", quantity);
        body.put("limitPrice", null);
        body.put("timeInForce", "IOC");
        body.put("referencePrice", "1.00");
        body.put("notional", notional);
        body.put("source", "REST");
        body.put("strategyId", null);
        body.put("requestedAt", Instant.now().toString());
        return body;
    }

    protected static Map<String, Object> fill(String orderId, String symbol, String side, String quantity, String price) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Events.ORDER_FILLED);
        body.put("id", id);
        body.put("occurredAt", Instant.now().toString());
        body.put("version", 1);
        body.put("orderId", orderId);
        body.put("fillId", id);
        body.put("symbol", symbol);
        body.put("side", side);
        body.put("orderType", "MARKET");
        body.put("quantity", quantity);
        body.put("price", price);
        body.put("fee", "0");
        body.put("notional", new BigDecimal(quantity).multiply(new BigDecimal(price)).toPlainString());
        body.put("slippageBps", 0);
        body.put("strategyId", null);
        body.put("filledAt", Instant.now().toString());
        return body;
    }

    protected static Map<String, Object> cancel(String orderId, String symbol, String side, String quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Events.ORDER_CANCELLED);
        body.put("id", UUID.randomUUID().toString());
        body.put("occurredAt", Instant.now().toString());
        body.put("version", 1);
        body.put("orderId", orderId);
        body.put("symbol", symbol);
        body.put("side", side);
        body.put("orderType", "LIMIT");
        body.put("quantity", quantity);
        body.put("reason", "USER");
        body.put("cancelledAt", Instant.now().toString());
        return body;
    }
}
