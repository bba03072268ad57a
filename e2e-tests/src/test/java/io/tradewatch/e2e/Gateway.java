package io.tradewatch.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client does through the gateway: orders, quotes, limits, alert rules, each with an API key. */
record Gateway(TradewatchSystem system) {

    Http.Answer get(String path, @Nullable String key) {
        return Http.get(system.gatewayUrl(path), key);
    }

    Http.Answer send(String method, String path, @Nullable String key, @Nullable Object body) {
        return Http.send(method, system.gatewayUrl(path), key, body);
    }

    /** Places an order as the trader; asserts 202 and returns the order. */
    JsonNode place(Map<String, Object> order) {
        Http.Answer answer = send("POST", "/api/orders", system.traderKey(), order);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return answer.json();
    }

    /** Waits until the order has one of {@code statuses}, and returns it. */
    JsonNode awaitOrder(String id, Set<String> statuses) {
        AtomicReference<JsonNode> order = new AtomicReference<>();
        TradewatchSystem.await("order " + id + " " + statuses, Duration.ofSeconds(30), () -> {
            Http.Answer answer = get("/api/orders/" + id, system.viewerKey());
            order.set(answer.json());
            return answer.status() == 200 && statuses.contains(answer.json().path("status").asString());
        });
        return order.get();
    }

    /** The current quote of {@code symbol} (bid, ask, last). */
    JsonNode quote(String symbol) {
        Http.Answer answer = get("/api/market/quotes/" + symbol, system.viewerKey());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** The risk limits in force. */
    JsonNode limits() {
        Http.Answer answer = get("/api/risk/limits", system.viewerKey());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** Replaces the risk limits with the admin key; asserts 200. */
    void putLimits(JsonNode limits) {
        Http.Answer answer = send("PUT", "/api/risk/limits", system.adminKey(), limits);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString());
    }
}
