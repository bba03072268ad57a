package io.tradewatch.marketdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.marketdata.feed.FeedMonitor;
import io.tradewatch.marketdata.feed.MarketFeed;
import io.tradewatch.marketdata.support.Scrape;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real published messages against the message contract ({@code META-INF/tradewatch/asyncapi.yaml}; every
 * message a test queue receives is validated in {@link MarketDataIntegrationTest#receive}) and this service's
 * section of {@code docs/events.md}, and the meters of the publishing path.
 */
class TickPublishingTests extends MarketDataIntegrationTest {

    @Autowired
    MarketFeed feed;

    @Autowired
    FeedMonitor monitor;

    @Test
    void theContractDescribesBothBodies() {
        List<String> tick = new ArrayList<>();
        CONTRACT.document().at("/components/schemas/Tick/required").forEach(field -> tick.add(field.asString()));
        assertThat(tick).containsExactly("type", "id", "occurredAt", "version", "symbol", "price", "size", "bid", "ask",
                "seq", "source", "tradeTime");
        List<String> statuses = new ArrayList<>();
        CONTRACT.document().at("/components/schemas/FeedStatus/properties/status/enum")
            .forEach(status -> statuses.add(status.asString()));
        assertThat(statuses).containsExactly("CONNECTED", "DISCONNECTED", "STALE");
    }

    @Test
    void ticksSentReachABoundQueueAsDocumentedWithTheirExactValues() {
        String queue = bindQueue("tick.PUBTESTUSDT");
        long received = System.currentTimeMillis();
        send("PUBTESTUSDT", 9001, MINUTE_ZERO + 10_000, "64321.50", "0.01200", "64321.40", "64321.60");
        send("PUBTESTUSDT", 9002, MINUTE_ZERO + 11_000, "64322.00", "0.5", "64321.90", "64322.10");
        List<Message> messages = receive(queue, 2);
        for (Message message : messages) {
            MessageProperties properties = message.getMessageProperties();
            assertThat(properties.getReceivedRoutingKey()).isEqualTo("tick.PUBTESTUSDT");
            assertThat(properties.getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.NON_PERSISTENT);
            assertThat(properties.getContentType()).isEqualTo("application/json");
            assertThat(properties.getType()).isEqualTo("tick");
            assertThat(properties.getAppId()).isEqualTo("market-data-service");
            assertThat(properties.getMessageId()).isEqualTo(body(message).get("id").stringValue());
            assertThat((Long) properties.getHeader("tw-origin-at")).isBetween(received, System.currentTimeMillis());
            assertThat((Long) properties.getHeader("tw-published-at")).isGreaterThanOrEqualTo(received);
            assertThat(CONTRACT.payloadViolations("tick.PUBTESTUSDT", new String(message.getBody()))).isEmpty();
        }
        JsonNode first = body(messages.getFirst());
        assertThat(first.get("symbol").stringValue()).isEqualTo("PUBTESTUSDT");
        assertThat(first.get("price").stringValue()).isEqualTo("64321.50");
        assertThat(first.get("size").stringValue()).isEqualTo("0.01200");
        assertThat(first.get("bid").stringValue()).isEqualTo("64321.40");
        assertThat(first.get("ask").stringValue()).isEqualTo("64321.60");
        assertThat(first.get("seq").longValue()).isEqualTo(9001);
        assertThat(first.get("source").stringValue()).isEqualTo("replay");
        assertThat(first.get("tradeTime").stringValue()).isEqualTo("2026-01-01T00:00:10.000Z");
        assertThat(Instant.parse(first.get("occurredAt").stringValue()).toEpochMilli()).isGreaterThanOrEqualTo(received);
        assertThat(body(messages.get(1)).get("seq").longValue()).isEqualTo(9002);
    }

    @Test
    void simulatedTicksOfEverySymbolMatchTheDocumentToo() {
        String queue = bindQueue("tick.#");
        List<Message> messages = receive(queue, 60);
        assertThat(messages).allSatisfy(message -> assertThat(CONTRACT.payloadViolations(
                message.getMessageProperties().getReceivedRoutingKey(), new String(message.getBody()))).isEmpty());
        assertThat(messages).extracting(message -> body(message).get("symbol").stringValue())
            .contains("BTCUSDT", "ETHUSDT", "SOLUSDT");
        assertThat(messages).extracting(message -> body(message).get("source").stringValue()).containsOnly("simulated");
    }

    @Test
    void feedStatusEventsAreDocumentedPersistentAndAnnounceAStopAndARestart() {
        String queue = bindQueue("feed.status");
        feed.stop();
        feed.start(ingest, monitor);
        List<Message> messages = receive(queue, 2);
        assertThat(messages).extracting(message -> body(message).get("status").stringValue())
            .containsExactly("DISCONNECTED", "CONNECTED");
        for (Message message : messages) {
            assertThat(message.getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
            assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("feed.status");
            assertThat(CONTRACT.payloadViolations("feed.status", new String(message.getBody()))).isEmpty();
            assertThat(body(message).get("feed").stringValue()).isEqualTo("simulated");
            assertThat(body(message).get("connection").stringValue()).isEqualTo("simulated");
        }
        assertThat(body(messages.getFirst()).get("detail").stringValue()).isEqualTo("simulated feed stopped");
    }

    @Test
    void aSequenceGapIncrementsTheGapMetersAndARepeatIsDroppedAsDuplicate() {
        Map<String, String> symbol = Map.of("symbol", "GAPTESTUSDT");
        Map<String, String> duplicate = Map.of("reason", "duplicate");
        double duplicatesBefore = scrape().value("trading_ticks_dropped_total", duplicate);
        send("GAPTESTUSDT", 1, MINUTE_ZERO, "10.00", "1", "9.99", "10.01");
        send("GAPTESTUSDT", 5, MINUTE_ZERO + 1_000, "10.02", "1", "10.01", "10.03");
        send("GAPTESTUSDT", 5, MINUTE_ZERO + 2_000, "10.03", "1", "10.02", "10.04");
        await().untilAsserted(() -> {
            Scrape scrape = scrape();
            assertThat(scrape.value("trading_feed_sequence_gaps_total", symbol)).isEqualTo(1);
            assertThat(scrape.value("trading_feed_messages_missed_total", symbol)).isEqualTo(3);
            assertThat(scrape.value("trading_ticks_dropped_total", duplicate)).isEqualTo(duplicatesBefore + 1);
            assertThat(scrape.value("trading_ticks_processed_total", symbol)).isEqualTo(2);
        });
    }

    @Test
    void theSimulatedFeedsInjectedFaultsAndThePublishingPathAreMetered() {
        await().untilAsserted(() -> {
            Scrape scrape = scrape();
            assertThat(scrape.value("trading_feed_messages_missed_total", Map.of("symbol", "BTCUSDT"))).isPositive();
            assertThat(scrape.value("trading_ticks_dropped_total", Map.of("reason", "invalid"))).isPositive();
            assertThat(scrape.value("trading_ticks_dropped_total", Map.of("reason", "unknown_symbol"))).isPositive();
            assertThat(scrape.value("trading_ticks_received_total", Map.of("symbol", "ETHUSDT"))).isPositive();
            assertThat(scrape.value("trading_ticks_processed_total", Map.of("symbol", "ETHUSDT"))).isPositive();
            assertThat(scrape.value("trading_batches_flushed_total")).isPositive();
            assertThat(scrape.value("trading_batch_size_messages_count")).isPositive();
            assertThat(scrape.value("trading_batch_insert_duration_seconds_count")).isPositive();
            assertThat(scrape.value("trading_tick_processing_seconds_count")).isPositive();
            assertThat(scrape.value("trading_messages_published_total",
                    Map.of("exchange", "trading.events", "event", "tick"))).isPositive();
            assertThat(scrape.value("trading_cache_operation_seconds_count", Map.of("operation", "pipeline"))).isPositive();
            assertThat(scrape.has("trading_channel_utilization_percent")).isTrue();
            assertThat(scrape.value("trading_component_health_score", Map.of("component", "publisher"))).isPositive();
            assertThat(scrape.value("trading_batches_failed_total")).isZero();
        });
    }
}
