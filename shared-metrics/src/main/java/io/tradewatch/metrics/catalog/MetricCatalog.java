package io.tradewatch.metrics.catalog;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tradewatch.metrics.catalog.TagValues.AlertChannel;
import io.tradewatch.metrics.catalog.TagValues.AlertType;
import io.tradewatch.metrics.catalog.TagValues.AuthFailure;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;
import io.tradewatch.metrics.catalog.TagValues.CheckResult;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.metrics.catalog.TagValues.Feed;
import io.tradewatch.metrics.catalog.TagValues.OrderType;
import io.tradewatch.metrics.catalog.TagValues.Outcome;
import io.tradewatch.metrics.catalog.TagValues.PipelineStage;
import io.tradewatch.metrics.catalog.TagValues.PnlKind;
import io.tradewatch.metrics.catalog.TagValues.RiskLimit;
import io.tradewatch.metrics.catalog.TagValues.Severity;
import io.tradewatch.metrics.catalog.TagValues.Side;
import io.tradewatch.metrics.catalog.TagValues.SuppressionReason;

import static io.tradewatch.metrics.catalog.MeterGroup.ALERTS;
import static io.tradewatch.metrics.catalog.MeterGroup.BATCHES;
import static io.tradewatch.metrics.catalog.MeterGroup.CACHE;
import static io.tradewatch.metrics.catalog.MeterGroup.FEED;
import static io.tradewatch.metrics.catalog.MeterGroup.GATEWAY;
import static io.tradewatch.metrics.catalog.MeterGroup.MESSAGING;
import static io.tradewatch.metrics.catalog.MeterGroup.RISK;
import static io.tradewatch.metrics.catalog.MeterGroup.SERVICE;
import static io.tradewatch.metrics.catalog.MeterGroup.TICKS;
import static io.tradewatch.metrics.catalog.MeterGroup.TRADING;
import static io.tradewatch.metrics.catalog.TagSpec.bounded;
import static io.tradewatch.metrics.catalog.TagSpec.unbounded;

/**
 * Every business meter of the suite, declared once. Names of the prior Rust system (rust-trade) are kept
 * where they exist so its dashboards and alerts keep working. {@code docs/metrics.md} is checked against
 * this class by a test.
 */
public final class MetricCatalog {

    /** Latency buckets for in-process work, in seconds. */
    public static final double[] FAST_BUCKETS = { 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
            0.025, 0.05, 0.1, 0.25, 0.5, 1 };

    /** Latency buckets for work that crosses a network, in seconds. */
    public static final double[] NETWORK_BUCKETS = { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
            0.5, 1, 2.5, 5, 10 };

    /** The batch insert buckets of the prior system, in seconds. */
    public static final double[] BATCH_BUCKETS = { 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5 };

    /** The paper tick buckets of the prior system, in seconds. */
    public static final double[] PAPER_TICK_BUCKETS = { 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5 };

    // ticks
    public static final MeterSpec TICKS_RECEIVED = counter(TICKS, "trading.ticks.received", "ticks",
            "Ticks received from a feed or a tick queue, by symbol", "market-data, strategy, order-executor, risk-manager, alert-system",
            unbounded("symbol"));

    public static final MeterSpec TICKS_PROCESSED = counter(TICKS, "trading.ticks.processed", "ticks",
            "Ticks fully processed (validated and published, or evaluated), by symbol", "market-data, strategy, order-executor, risk-manager, alert-system",
            unbounded("symbol"));

    public static final MeterSpec TICKS_DROPPED = counter(TICKS, "trading.ticks.dropped", "ticks",
            "Ticks dropped before processing, by reason", "market-data, strategy, order-executor, risk-manager, alert-system", bounded("reason", DropReason.class));

    public static final MeterSpec TICK_PROCESSING = timer(TICKS, "trading.tick.processing",
            "Time from taking a tick off the channel or queue to handing it on", "market-data, strategy, order-executor, risk-manager, alert-system", FAST_BUCKETS);

    public static final MeterSpec CHANNEL_UTILIZATION = gauge(TICKS, "trading.channel.utilization", "percent",
            "percent", "Fill level of a tick channel or tick queue, 0-100", "market-data, order-executor, risk-manager",
            unbounded("channel"));

    public static final MeterSpec CHANNEL_BUFFER_SIZE = gauge(TICKS, "trading.channel.buffer.size", null, "ticks",
            "Ticks waiting in a tick channel or tick queue", "market-data, order-executor, risk-manager",
            unbounded("channel"));

    // batches
    public static final MeterSpec BATCHES_FLUSHED = counter(BATCHES, "trading.batches.flushed", "batches",
            "Batches published and confirmed by the broker", "market-data");

    public static final MeterSpec BATCHES_FAILED = counter(BATCHES, "trading.batches.failed", "batches",
            "Batches given up after their last retry", "market-data");

    public static final MeterSpec BATCH_RETRIES = counter(BATCHES, "trading.batch.retries", "retries",
            "Retries of batches the broker did not confirm", "market-data");

    public static final MeterSpec BATCH_BUFFER_SIZE = gauge(BATCHES, "trading.batch.buffer.size", null, "ticks",
            "Ticks buffered for the next batch", "market-data");

    public static final MeterSpec BATCH_SIZE = summary(BATCHES, "trading.batch.size", "messages", "messages",
            "Messages per flushed batch", "market-data", new double[] { 1, 5, 10, 25, 50, 100, 250, 500, 1000 });

    public static final MeterSpec BATCH_INSERT_DURATION = timer(BATCHES, "trading.batch.insert.duration",
            "Time to publish a batch and receive its confirms", "market-data", BATCH_BUCKETS);

    // cache
    public static final MeterSpec CACHE_HITS = counter(CACHE, "trading.cache.hits", "lookups",
            "Cache lookups that found a value, by cache", "market-data, order-executor, risk-manager, alert-system",
            unbounded("cache"));

    public static final MeterSpec CACHE_MISSES = counter(CACHE, "trading.cache.misses", "lookups",
            "Cache lookups that found nothing, by cache", "market-data, order-executor, risk-manager, alert-system",
            unbounded("cache"));

    public static final MeterSpec CACHE_UPDATE_FAILURES = counter(CACHE, "trading.cache.update.failures", "updates",
            "Cache writes that failed, by cache", "market-data", unbounded("cache"));

    public static final MeterSpec CACHE_OPERATION = timer(CACHE, "trading.cache.operation",
            "Duration of a cache operation as the service sees it, by operation", "market-data", NETWORK_BUCKETS,
            bounded("operation", CacheOperation.class));

    // websocket feed
    public static final MeterSpec WS_CONNECTIONS = counter(FEED, "trading.ws.connections", "connections",
            "WebSocket connections opened, by connection", "market-data", unbounded("connection"));

    public static final MeterSpec WS_DISCONNECTIONS = counter(FEED, "trading.ws.disconnections", "disconnections",
            "WebSocket connections lost or closed, by connection", "market-data", unbounded("connection"));

    public static final MeterSpec WS_RECONNECTS = counter(FEED, "trading.ws.reconnects", "attempts",
            "WebSocket reconnect attempts, by connection", "market-data", unbounded("connection"));

    public static final MeterSpec WS_CONNECTION_STATUS = gauge(FEED, "trading.ws.connection.status", null, "1",
            "1 while a WebSocket connection is open, 0 otherwise", "market-data", unbounded("connection"));

    public static final MeterSpec FEED_SEQUENCE_GAPS = counter(FEED, "trading.feed.sequence.gaps", "gaps",
            "Jumps in a symbol's sequence numbers", "market-data", unbounded("symbol"));

    public static final MeterSpec FEED_MESSAGES_MISSED = counter(FEED, "trading.feed.messages.missed", "messages",
            "Messages missing inside sequence gaps", "market-data", unbounded("symbol"));

    public static final MeterSpec FEED_PARSE_ERRORS = counter(FEED, "trading.feed.parse.errors", "messages",
            "Feed messages that could not be parsed, by feed", "market-data", bounded("feed", Feed.class));

    public static final MeterSpec FEED_LAST_MESSAGE_AGE = gauge(FEED, "trading.feed.last.message.age", "seconds",
            "seconds", "Time since a feed delivered its last message", "market-data", bounded("feed", Feed.class));

    // messaging
    public static final MeterSpec MESSAGES_PUBLISHED = counter(MESSAGING, "trading.messages.published", "messages",
            "Messages sent to an exchange, each resend of a retried batch included, by exchange and event type", "all services but api-gateway",
            unbounded("exchange"), unbounded("event"));

    public static final MeterSpec MESSAGES_CONSUMED = counter(MESSAGING, "trading.messages.consumed", "messages",
            "Messages handled by a listener, by queue, event type and outcome", "all services but api-gateway",
            unbounded("queue"), unbounded("event"), bounded("outcome", Outcome.class));

    public static final MeterSpec MESSAGE_PROCESSING = timer(MESSAGING, "trading.message.processing",
            "Listener time per message, by queue", "all services but api-gateway", FAST_BUCKETS, unbounded("queue"));

    public static final MeterSpec MESSAGES_DEAD_LETTERED = counter(MESSAGING, "trading.messages.dead.lettered",
            "messages", "Messages rejected to the dead-letter exchange after their last attempt, by queue and event type",
            "all services but api-gateway", unbounded("queue"), unbounded("event"));

    public static final MeterSpec MESSAGES_PUBLISH_FAILURES = counter(MESSAGING, "trading.messages.publish.failures",
            "messages", "Messages the broker did not accept (nack, return or error), by exchange and event type",
            "all services but api-gateway", unbounded("exchange"), unbounded("event"));

    public static final MeterSpec MESSAGE_AGE = timer(MESSAGING, "trading.message.age",
            "Consume time minus the publish time the starter stamps into every message, by queue",
            "all services but api-gateway", NETWORK_BUCKETS, unbounded("queue"));

    public static final MeterSpec PIPELINE_LATENCY = timer(MESSAGING, "trading.pipeline.latency",
            "Time since the originating tick when a signal, order, decision or fill is published",
            "strategy, order-executor, risk-manager", NETWORK_BUCKETS, bounded("stage", PipelineStage.class));

    // trading
    public static final MeterSpec SIGNALS_GENERATED = counter(TRADING, "trading.signals.generated", "signals",
            "Signals emitted, by strategy id and side", "strategy", unbounded("strategy"), bounded("side", Side.class));

    public static final MeterSpec STRATEGY_EVALUATION = timer(TRADING, "trading.strategy.evaluation",
            "Time to evaluate the strategies of one tick", "strategy", FAST_BUCKETS);

    public static final MeterSpec ORDERS_PLACED = counter(TRADING, "trading.orders.placed", "orders",
            "Orders accepted for risk checks, by side and type", "order-executor", bounded("side", Side.class),
            bounded("type", OrderType.class));

    public static final MeterSpec ORDERS_FILLED = counter(TRADING, "trading.orders.filled", "orders",
            "Orders filled, by side and type", "order-executor", bounded("side", Side.class), bounded("type", OrderType.class));

    public static final MeterSpec ORDERS_REJECTED = counter(TRADING, "trading.orders.rejected", "orders",
            "Orders rejected by risk checks or for a stale quote, by side and type", "order-executor",
            bounded("side", Side.class), bounded("type", OrderType.class));

    public static final MeterSpec ORDERS_CANCELLED = counter(TRADING, "trading.orders.cancelled", "orders",
            "Orders cancelled, by side and type", "order-executor", bounded("side", Side.class),
            bounded("type", OrderType.class));

    public static final MeterSpec ORDER_FILL_LATENCY = timer(TRADING, "trading.order.fill.latency",
            "Time from order request to fill, by type", "order-executor", NETWORK_BUCKETS,
            bounded("type", OrderType.class));

    public static final MeterSpec ORDER_SLIPPAGE = summary(TRADING, "trading.order.slippage", "bps", "bps",
            "Fill price against the reference quote, in basis points (adverse is positive), by side", "order-executor",
            new double[] { 0.5, 1, 2, 5, 10, 25, 50, 100 }, bounded("side", Side.class));

    public static final MeterSpec PAPER_TRADES = counter(TRADING, "trading.paper.trades", "trades",
            "Paper trades executed, by side", "order-executor", bounded("side", Side.class));

    public static final MeterSpec PAPER_PORTFOLIO_VALUE = gauge(TRADING, "trading.paper.portfolio.value", null, "USD",
            "Paper portfolio value: cash plus positions at their marks, in USD", "order-executor");

    public static final MeterSpec PAPER_PNL = gauge(TRADING, "trading.paper.pnl", null, "USD",
            "Paper profit and loss in USD, by kind (realized is net of fees)", "order-executor",
            bounded("kind", PnlKind.class));

    public static final MeterSpec POSITIONS_OPEN = gauge(TRADING, "trading.positions.open", null, "positions",
            "Symbols with a non-zero position", "order-executor");

    public static final MeterSpec PAPER_TICK_DURATION = timer(TRADING, "trading.paper.tick.duration",
            "Time to mark the portfolio and match resting orders on one tick", "order-executor", PAPER_TICK_BUCKETS);

    // risk
    public static final MeterSpec RISK_CHECKS = counter(RISK, "trading.risk.checks", "checks",
            "Pre-trade checks decided, by result", "risk-manager", bounded("result", CheckResult.class));

    public static final MeterSpec RISK_LIMIT_BREACHES = counter(RISK, "trading.risk.limit.breaches", "breaches",
            "Limits that rejected an order or were crossed, by limit", "risk-manager", bounded("limit", RiskLimit.class));

    public static final MeterSpec RISK_LIMIT_USAGE = gauge(RISK, "trading.risk.limit.usage", "ratio", "ratio",
            "Current use of each limit, 0-1", "risk-manager", bounded("limit", RiskLimit.class));

    public static final MeterSpec RISK_EXPOSURE = gauge(RISK, "trading.risk.exposure", null, "USD",
            "Gross exposure including reservations, in USD", "risk-manager");

    public static final MeterSpec RISK_DRAWDOWN = gauge(RISK, "trading.risk.drawdown", "ratio", "ratio",
            "Drawdown from the equity peak, 0-1", "risk-manager");

    public static final MeterSpec RISK_CHECK_DURATION = timer(RISK, "trading.risk.check.duration",
            "Time to decide one order, including the Redis reservation", "risk-manager", NETWORK_BUCKETS);

    public static final MeterSpec RISK_KILL_SWITCH = gauge(RISK, "trading.risk.kill.switch", null, "1",
            "1 while the kill switch is engaged", "risk-manager");

    // alerts
    public static final MeterSpec ALERTS_TRIGGERED = counter(ALERTS, "trading.alerts.triggered", "alerts",
            "Alerts raised, by severity and type", "alert-system", bounded("severity", Severity.class),
            bounded("type", AlertType.class));

    public static final MeterSpec ALERTS_DELIVERED = counter(ALERTS, "trading.alerts.delivered", "deliveries",
            "Alert deliveries that succeeded, by channel", "alert-system", bounded("channel", AlertChannel.class));

    public static final MeterSpec ALERTS_DELIVERY_FAILURES = counter(ALERTS, "trading.alerts.delivery.failures",
            "attempts", "Alert delivery attempts that failed, by channel", "alert-system",
            bounded("channel", AlertChannel.class));

    public static final MeterSpec ALERT_DELIVERY_DURATION = timer(ALERTS, "trading.alert.delivery.duration",
            "Time to deliver an alert, retries included, by channel", "alert-system", NETWORK_BUCKETS,
            bounded("channel", AlertChannel.class));

    public static final MeterSpec ALERTS_SUPPRESSED = counter(ALERTS, "trading.alerts.suppressed", "alerts",
            "Alerts not sent because of cooldown, deduplication or flood control, by reason", "alert-system",
            bounded("reason", SuppressionReason.class));

    public static final MeterSpec ALERT_DELIVERY_QUEUE = gauge(ALERTS, "trading.alert.delivery.queue.size", null,
            "deliveries", "Deliveries waiting to be sent", "alert-system");

    // gateway
    public static final MeterSpec GATEWAY_AUTH_FAILURES = counter(GATEWAY, "trading.gateway.auth.failures",
            "requests", "Requests refused for credentials, by reason", "api-gateway",
            bounded("reason", AuthFailure.class));

    public static final MeterSpec GATEWAY_RATE_LIMITED = counter(GATEWAY, "trading.gateway.rate.limited", "requests",
            "Requests refused by the rate limiter, by route", "api-gateway", unbounded("route"));

    // service
    public static final MeterSpec SERVICE_INFO = gauge(SERVICE, "trading.service.info", null, "1",
            "Always 1; the labels carry the build version and the Java version", "all services",
            unbounded("build_version"), unbounded("java_version"));

    public static final MeterSpec UPTIME = gauge(SERVICE, "trading.uptime", "seconds", "seconds",
            "Time since the service started", "all services");

    public static final MeterSpec COMPONENT_HEALTH_SCORE = gauge(SERVICE, "trading.component.health.score", null,
            "score 0-100", "Health score of a component, 0-100, NaN while it has reported nothing", "all services",
            unbounded("component"));

    public static final MeterSpec ERRORS = counter(SERVICE, "trading.errors", "events",
            "ERROR log events and reported errors, by exception type", "all services", unbounded("type"));

    public static final MeterSpec CARDINALITY_OVERFLOW = counter(SERVICE, "trading.metrics.cardinality.overflow",
            "values", "Tag values folded into 'other' by the cardinality guard, by meter", "all services",
            unbounded("meter"));

    private static final List<MeterSpec> ALL = List.of(TICKS_RECEIVED, TICKS_PROCESSED, TICKS_DROPPED, TICK_PROCESSING,
            CHANNEL_UTILIZATION, CHANNEL_BUFFER_SIZE, BATCHES_FLUSHED, BATCHES_FAILED, BATCH_RETRIES, BATCH_BUFFER_SIZE,
            BATCH_SIZE, BATCH_INSERT_DURATION, CACHE_HITS, CACHE_MISSES, CACHE_UPDATE_FAILURES, CACHE_OPERATION,
            WS_CONNECTIONS, WS_DISCONNECTIONS, WS_RECONNECTS, WS_CONNECTION_STATUS, FEED_SEQUENCE_GAPS,
            FEED_MESSAGES_MISSED, FEED_PARSE_ERRORS, FEED_LAST_MESSAGE_AGE, MESSAGES_PUBLISHED, MESSAGES_CONSUMED,
            MESSAGE_PROCESSING, MESSAGES_DEAD_LETTERED, MESSAGES_PUBLISH_FAILURES, MESSAGE_AGE, PIPELINE_LATENCY,
            SIGNALS_GENERATED, STRATEGY_EVALUATION, ORDERS_PLACED, ORDERS_FILLED, ORDERS_REJECTED, ORDERS_CANCELLED,
            ORDER_FILL_LATENCY, ORDER_SLIPPAGE, PAPER_TRADES, PAPER_PORTFOLIO_VALUE, PAPER_PNL, POSITIONS_OPEN,
            PAPER_TICK_DURATION, RISK_CHECKS, RISK_LIMIT_BREACHES, RISK_LIMIT_USAGE, RISK_EXPOSURE, RISK_DRAWDOWN,
            RISK_CHECK_DURATION, RISK_KILL_SWITCH, ALERTS_TRIGGERED, ALERTS_DELIVERED, ALERTS_DELIVERY_FAILURES,
            ALERT_DELIVERY_DURATION, ALERTS_SUPPRESSED, ALERT_DELIVERY_QUEUE, GATEWAY_AUTH_FAILURES,
            GATEWAY_RATE_LIMITED, SERVICE_INFO, UPTIME, COMPONENT_HEALTH_SCORE, ERRORS, CARDINALITY_OVERFLOW);

    private static final Map<String, MeterSpec> BY_NAME = ALL.stream()
        .collect(Collectors.toUnmodifiableMap(MeterSpec::name, Function.identity()));

    private MetricCatalog() {
    }

    /** Every catalog meter, in documentation order. */
    public static List<MeterSpec> all() {
        return ALL;
    }

    public static List<MeterSpec> group(MeterGroup group) {
        return ALL.stream().filter(spec -> spec.group() == group).toList();
    }

    /** The catalog meter with this dotted name, or {@code null}. */
    public static MeterSpec byName(String name) {
        return BY_NAME.get(name);
    }

    /** Every series name the catalog can put on {@code /actuator/prometheus}. */
    public static Set<String> seriesNames() {
        return ALL.stream().flatMap(spec -> spec.seriesNames().stream())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static MeterSpec counter(MeterGroup group, String name, String unit, String description, String recordedBy,
            TagSpec... tags) {
        return new MeterSpec(name, MeterKind.COUNTER, null, unit, description, group, Arrays.asList(tags),
                new double[0], recordedBy);
    }

    private static MeterSpec gauge(MeterGroup group, String name, String baseUnit, String unit, String description,
            String recordedBy, TagSpec... tags) {
        return new MeterSpec(name, MeterKind.GAUGE, baseUnit, unit, description, group, Arrays.asList(tags),
                new double[0], recordedBy);
    }

    private static MeterSpec timer(MeterGroup group, String name, String description, String recordedBy,
            double[] buckets, TagSpec... tags) {
        return new MeterSpec(name, MeterKind.TIMER, "seconds", "seconds", description, group, Arrays.asList(tags),
                buckets, recordedBy);
    }

    private static MeterSpec summary(MeterGroup group, String name, String baseUnit, String unit, String description,
            String recordedBy, double[] buckets, TagSpec... tags) {
        return new MeterSpec(name, MeterKind.SUMMARY, baseUnit, unit, description, group, Arrays.asList(tags),
                buckets, recordedBy);
    }
}
