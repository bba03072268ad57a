package io.tradewatch.orders;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.amqp.core.Message;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paper execution through the real queues: fills at the quote with slippage and fees, resting limit orders
 * filled by ticks, IOC and stale-quote cancellations, signals, redelivered decisions and poison messages.
 */
class ExecutionTests extends ServiceTestSupport {

    private static final Map<String, List<Message>> DEAD_LETTERS = new ConcurrentHashMap<>();

    @Test
    void marketOrdersFillAtTheAskOrBidMovedBySlippageAndPublishOrderFilled() {
        long placed = scrape("trading_orders_placed_total", "side=\"buy\"", "type=\"market\"");
        long filledCount = scrape("trading_orders_filled_total", "side=\"buy\"", "type=\"market\"");
        long latencies = scrape("trading_order_fill_latency_seconds_count", "type=\"market\"");
        quote("EX1USDT", "99", "101");
        String buy = placeAccepted("""
                {"symbol":"EX1USDT","side":"BUY","type":"MARKET","quantity":"2"}""").path("id").asString();
        JsonNode requested = awaitRequested(buy).body();
        assertThat(requested.path("referencePrice").asString()).isEqualTo("101.00000000");
        approve(buy);
        JsonNode filled = awaitStatus(buy, "FILLED");
        // 101 x (1 + 5 bps) = 101.0505; notional 202.101; fee 10 bps = 0.202101
        assertThat(decimal(filled.path("averagePrice"))).isEqualByComparingTo("101.0505");
        assertThat(decimal(filled.path("fill").path("fee"))).isEqualByComparingTo("0.202101");
        assertThat(filled.path("transitions")).extracting(t -> t.path("status").asString())
            .containsExactly("PENDING_RISK", "APPROVED", "FILLED");
        filled.path("transitions").forEach(t -> assertThat(Instant.parse(t.path("at").asString())).isNotNull());

        Received event = awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(buy));
        assertThat(fieldNames(event.body())).containsExactlyInAnyOrder("type", "id", "occurredAt", "version", "orderId",
                "fillId", "symbol", "side", "orderType", "quantity", "price", "fee", "notional", "slippageBps",
                "strategyId", "filledAt");
        assertThat(event.body().path("type").asString()).isEqualTo("order.filled");
        assertThat(event.body().path("fillId")).isEqualTo(event.body().path("id"));
        assertThat(event.body().path("fillId").asString()).isEqualTo(filled.path("fill").path("fillId").asString());
        assertThat(event.properties().getMessageId()).isEqualTo(event.body().path("id").asString());
        assertThat(decimal(event.body().path("price"))).isEqualByComparingTo("101.0505");
        assertThat(decimal(event.body().path("notional"))).isEqualByComparingTo("202.101");
        assertThat(event.body().path("slippageBps").asDouble()).isEqualTo(5.0);

        String sell = placeAccepted("""
                {"symbol":"EX1USDT","side":"SELL","type":"MARKET","quantity":"1"}""").path("id").asString();
        awaitRequested(sell);
        approve(sell);
        // 99 x (1 - 5 bps) = 98.9505
        assertThat(decimal(awaitStatus(sell, "FILLED").path("averagePrice"))).isEqualByComparingTo("98.9505");
        assertThat(scrape("trading_orders_placed_total", "side=\"buy\"", "type=\"market\"")).isEqualTo(placed + 1);
        assertThat(scrape("trading_orders_filled_total", "side=\"buy\"", "type=\"market\"")).isEqualTo(filledCount + 1);
        assertThat(scrape("trading_order_fill_latency_seconds_count", "type=\"market\"")).isEqualTo(latencies + 2);
        JsonNode trades = json.readTree(get("/api/trades?limit=50").body());
        assertThat(trades).filteredOn(t -> t.path("symbol").asString().equals("EX1USDT")).hasSize(2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void everyStateChangeAndEveryFillIsOneReadableInfoLine(CapturedOutput output) {
        quote("LOGUSDT", "99", "101");
        String id = placeAccepted("""
                {"symbol":"LOGUSDT","side":"BUY","type":"MARKET","quantity":"2"}""").path("id").asString();
        awaitRequested(id);
        approve(id);
        awaitStatus(id, "FILLED");
        eventually().until(() -> orderLines(output, id).size() >= 4);
        List<String> lines = orderLines(output, id);
        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("INFO").contains("LOGUSDT"));
        assertThat(lines.get(0)).contains("Order " + id + " LOGUSDT NEW -> PENDING_RISK");
        assertThat(lines.get(1)).contains("Order " + id + " LOGUSDT PENDING_RISK -> APPROVED");
        assertThat(lines.get(2)).contains("Order " + id + " LOGUSDT APPROVED -> FILLED");
        // 101 x (1 + 5 bps) = 101.0505; fee 10 bps of 202.101 = 0.202101
        assertThat(lines.get(3)).contains("Order " + id + " LOGUSDT filled: BUY 2.00000000 at 101.05050000, fee 0.20210100");
    }

    private static List<String> orderLines(CapturedOutput output, String id) {
        return output.getOut().lines().filter(line -> line.contains("OrderLog") && line.contains(id)).toList();
    }

    @Test
    void limitOrdersRestUntilATickCrossesThemAndFillAtTheirLimit() {
        long ticksTimed = scrape("trading_paper_tick_duration_seconds_count");
        quote("EX2USDT", "99", "101");
        String buy = placeAccepted("""
                {"symbol":"EX2USDT","side":"BUY","type":"LIMIT","quantity":"1.5","limitPrice":"95"}""").path("id").asString();
        String sell = placeAccepted("""
                {"symbol":"EX2USDT","side":"SELL","type":"LIMIT","quantity":"1","limitPrice":"105"}""").path("id").asString();
        awaitRequested(buy);
        awaitRequested(sell);
        approve(buy);
        approve(sell);
        awaitStatus(buy, "APPROVED");
        awaitStatus(sell, "APPROVED");
        tick("EX2USDT", "96", "95.5", "96.5");
        tick("EX2USDT", "95", "94.5", "95");
        assertThat(decimal(awaitStatus(buy, "FILLED").path("averagePrice"))).isEqualByComparingTo("95");
        assertThat(order(sell).path("status").asString()).isEqualTo("APPROVED");
        tick("EX2USDT", "105", "105", "105.5");
        assertThat(decimal(awaitStatus(sell, "FILLED").path("averagePrice"))).isEqualByComparingTo("105");
        JsonNode position = position("EX2USDT");
        assertThat(decimal(position.path("quantity"))).isEqualByComparingTo("0.5");
        // net of fees at 10 bps: 1 x (105 - 95) - 142.5 x 0.001 - 105 x 0.001 = 10 - 0.1425 - 0.105 = 9.7525
        assertThat(decimal(position.path("realizedPnl"))).isEqualByComparingTo("9.7525");
        assertThat(decimal(position.path("markPrice"))).isEqualByComparingTo("105");
        assertThat(scrape("trading_paper_tick_duration_seconds_count")).isEqualTo(ticksTimed + 3);
        assertThat(scrape("trading_ticks_processed_total", "symbol=\"EX2USDT\"")).isEqualTo(3);
    }

    @Test
    void immediateOrCancelLimitOrdersThatDoNotCrossAreCancelled() {
        quote("EX3USDT", "99", "101");
        String id = placeAccepted("""
                {"symbol":"EX3USDT","side":"BUY","type":"LIMIT","quantity":"1","limitPrice":"100","timeInForce":"IOC"}""")
            .path("id").asString();
        awaitRequested(id);
        approve(id);
        assertThat(awaitStatus(id, "CANCELLED").path("reason").asString()).isEqualTo("IOC_UNFILLED");
        Received cancelled = awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id));
        assertThat(cancelled.body().path("reason").asString()).isEqualTo("IOC_UNFILLED");
    }

    @Test
    void anApprovedOrderWithoutAFreshQuoteIsCancelledNotFilledAtAStalePrice() {
        quote("EX4USDT", "99", "101");
        String id = placeAccepted("""
                {"symbol":"EX4USDT","side":"BUY","type":"MARKET","quantity":"1"}""").path("id").asString();
        awaitRequested(id);
        quoteAt("EX4USDT", "99", "101", Instant.now().minusSeconds(60));
        approve(id);
        JsonNode order = awaitStatus(id, "CANCELLED");
        assertThat(order.path("reason").asString()).isEqualTo("STALE_QUOTE");
        assertThat(order.path("fill").isNull()).isTrue();
        Received cancelled = awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id));
        assertThat(cancelled.body().path("reason").asString()).isEqualTo("STALE_QUOTE");
        assertThat(decimal(cancelled.body().path("quantity"))).isEqualByComparingTo("1");
        assertThat(position("EX4USDT")).isNull();

        JsonNode rejected = placeAccepted("""
                {"symbol":"EX4USDT","side":"SELL","type":"MARKET","quantity":"1"}""");
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("reason").asString()).isEqualTo("STALE_QUOTE");
        String rejectedId = rejected.path("id").asString();
        assertThat(received(RISK_QUEUE, m -> m.body().path("orderId").asString().equals(rejectedId))).isEmpty();
    }

    @Test
    void aRedeliveredApprovalFillsOnce() {
        quote("EX5USDT", "199", "201");
        long fillsBefore = portfolio().path("fillsApplied").asLong();
        long decisionsBefore = scrape("trading_messages_consumed_total", "queue=\"order-executor.decisions\"");
        String id = placeAccepted("""
                {"symbol":"EX5USDT","side":"BUY","type":"MARKET","quantity":"3"}""").path("id").asString();
        awaitRequested(id);
        String decision = UUID.randomUUID().toString();
        decide("order.approved", decision, id, "[]");
        decide("order.approved", decision, id, "[]");
        String other = UUID.randomUUID().toString();
        decide("order.approved", other, id, "[]");
        awaitStatus(id, "FILLED");
        eventually().until(() -> scrape("trading_messages_consumed_total", "queue=\"order-executor.decisions\"")
                >= decisionsBefore + 3);
        eventually().until(() -> received(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id)).size() >= 1);
        assertThat(decimal(position("EX5USDT").path("quantity"))).isEqualByComparingTo("3");
        assertThat(portfolio().path("fillsApplied").asLong()).isEqualTo(fillsBefore + 1);
        assertThat(received(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id)))
            .extracting(m -> m.body().path("id").asString()).containsOnly(order(id).path("fill").path("fillId").asString());
        // consumers run concurrently: whichever approval came first decided the order, the others changed nothing
        assertThat(stored(id).path("decisionEventId").asString()).isIn(decision, other);
    }

    @Test
    void signalsBecomeMarketOrdersSizedByTheirNotionalAndARedeliveredSignalAddsNothing() {
        quote("EX6USDT", "49.9", "50");
        String signal = """
                {"type":"signal","id":"%s","occurredAt":"%s","version":1,"strategyId":"ma-fast","strategyType":"ma_crossover",
                 "symbol":"EX6USDT","side":"BUY","strength":0.8,"referencePrice":"49.95","notional":"1000","tickTime":"%s"}"""
            .formatted(UUID.randomUUID(), Instant.now(), Instant.now());
        publish("signal.ma_crossover", signal);
        publish("signal.ma_crossover", signal);
        Received requested = awaitMessage(RISK_QUEUE, m -> m.body().path("symbol").asString().equals("EX6USDT"));
        assertThat(requested.body().path("source").asString()).isEqualTo("SIGNAL");
        assertThat(requested.body().path("strategyId").asString()).isEqualTo("ma-fast");
        assertThat(decimal(requested.body().path("quantity"))).isEqualByComparingTo("20");
        String id = requested.body().path("orderId").asString();
        approve(id);
        assertThat(decimal(awaitStatus(id, "FILLED").path("averagePrice"))).isEqualByComparingTo("50.025");
        List<Received> all = received(RISK_QUEUE, m -> m.body().path("symbol").asString().equals("EX6USDT"));
        assertThat(all).extracting(m -> m.body().path("orderId").asString()).containsOnly(id);
        assertThat(json.readTree(get("/api/orders?symbol=EX6USDT").body())).hasSize(1);
    }

    @Test
    void poisonDecisionsAreDeadLetteredAfterBoundedAttemptsAndCounted() {
        String series = "trading_messages_dead_lettered_total";
        String queue = "queue=\"order-executor.decisions\"";
        long before = scrape(series, queue);
        publish("order.approved", "{not json");
        decide("order.approved", UUID.randomUUID().toString(), UUID.randomUUID().toString(), "[]");
        eventually().until(() -> deadLetters("order-executor.decisions.dlq").size() >= 2);
        eventually().until(() -> scrape(series, queue) >= before + 2);
        publish("signal.ma_crossover", "{\"id\":\"" + UUID.randomUUID() + "\",\"symbol\":\"NOPEUSDT\"}");
        eventually().until(() -> deadLetters("order-executor.signals.dlq").size() >= 1);
    }

    @Test
    void aFillThatCouldNotBeDeliveredIsPublishedAgainWithTheSameId() {
        quote("EX7USDT", "9.9", "10");
        String id = placeAccepted("""
                {"symbol":"EX7USDT","side":"BUY","type":"MARKET","quantity":"1"}""").path("id").asString();
        awaitRequested(id);
        admin.removeBinding(filledBinding());
        try {
            approve(id);
            awaitStatus(id, "FILLED");
            // no queue takes order.filled now: the broker returns it and it stays in the outbox
            eventually().until(() -> redis.opsForHash().size("orders:outbox") > 0);
        }
        finally {
            admin.declareBinding(filledBinding());
        }
        String fillId = order(id).path("fill").path("fillId").asString();
        Received event = awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id)
                && m.body().path("type").asString().equals("order.filled"));
        assertThat(event.properties().getMessageId()).isEqualTo(fillId);
        assertThat(event.body().path("id").asString()).isEqualTo(fillId);
        eventually().until(() -> !redis.opsForHash().hasKey("orders:outbox", fillId));
    }

    /** Every message dead-lettered to {@code queue} so far (kept across calls, since receiving removes them). */
    private List<Message> deadLetters(String queue) {
        List<Message> kept = DEAD_LETTERS.computeIfAbsent(queue, q -> new CopyOnWriteArrayList<>());
        for (Message m = rabbit.receive(queue); m != null; m = rabbit.receive(queue)) {
            kept.add(m);
        }
        return kept;
    }
}
