package io.tradewatch.orders.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderRequest;
import io.tradewatch.orders.domain.OrderSource;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.RiskReason;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;

import static org.assertj.core.api.Assertions.assertThat;

class StoredOrderTests {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final JsonMapper json = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    @Test
    void anOrderIsStoredAsTheFlatDocumentTheScriptsReadAndComesBackUnchanged() {
        OrderRequest request = new OrderRequest("BTCUSDT", Side.BUY, OrderType.LIMIT, new BigDecimal("2.00000000"),
                new BigDecimal("100.00000000"), TimeInForce.GTC, "c-1");
        UUID decision = UUID.randomUUID();
        Order placed = Order.pending(UUID.randomUUID(), request, OrderSource.SIGNAL, "sma", new BigDecimal("100"), NOW);
        Order filled = placed.approve(decision, NOW.plusSeconds(1))
            .filled(new Fill(UUID.randomUUID(), new BigDecimal("2.00000000"), new BigDecimal("99.00000000"),
                    new BigDecimal("198.00000000"), new BigDecimal("0.19800000"), 1.5, NOW.plusSeconds(2)));

        JsonNode document = json.readTree(json.writeValueAsString(StoredOrder.of(filled)));

        assertThat(document.propertyNames()).containsExactlyInAnyOrder("id", "clientOrderId", "symbol", "side",
                "type", "quantity", "limitPrice", "timeInForce", "source", "strategyId", "referencePrice", "notional",
                "status", "filledQuantity", "averagePrice", "fill", "reason", "riskReasons", "decisionEventId",
                "requestEventId", "createdAt", "updatedAt", "transitions", "revision");
        assertThat(document.path("revision").asLong()).isEqualTo(2);
        assertThat(document.path("symbol").asString()).isEqualTo("BTCUSDT");
        assertThat(document.path("decisionEventId").asString()).isEqualTo(decision.toString());
        assertThat(json.treeToValue(document, StoredOrder.class).toOrder()).isEqualTo(filled);
    }

    @Test
    void aRejectedOrderKeepsItsTermsAndItsReasonsThroughTheStore() {
        OrderRequest request = new OrderRequest("ETHUSDT", Side.SELL, OrderType.MARKET, BigDecimal.ONE, null,
                TimeInForce.IOC, null);
        Order rejected = Order.pending(UUID.randomUUID(), request, OrderSource.REST, null, null, NOW)
            .reject(UUID.randomUUID(), List.of(new RiskReason("max_order_notional", "2", "1", "too big")), "RISK",
                    NOW);

        Order read = json.readValue(json.writeValueAsString(StoredOrder.of(rejected)), StoredOrder.class).toOrder();

        assertThat(read).isEqualTo(rejected);
        assertThat(read.terms()).isEqualTo(rejected.terms());
        assertThat(read.state().riskReasons()).extracting(RiskReason::rule).containsExactly("max_order_notional");
    }
}
