package io.tradewatch.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import io.tradewatch.metrics.AlertMetrics;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.GatewayMetrics;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.metrics.ServiceMetrics;
import io.tradewatch.metrics.StandardMeterConventions;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.TradingMetrics;
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
import io.tradewatch.metrics.catalog.TagValues.RiskLimit;
import io.tradewatch.metrics.catalog.TagValues.Severity;
import io.tradewatch.metrics.catalog.TagValues.Side;
import io.tradewatch.metrics.catalog.TagValues.SuppressionReason;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

/**
 * Stand-ins for the six services' /actuator/prometheus and for RabbitMQ's plugin, on 127.0.0.1: each
 * service is a real Micrometer Prometheus registry with the starter's common tags and recorders (the exact
 * names, labels and format the services expose), JVM binders, and the standard Spring meters it would
 * have; every scrape first records a little activity, so rates and quantiles have data. RabbitMQ is a
 * captured scrape of the real plugin.
 */
final class SampleTargets implements AutoCloseable {

    static final String SCRAPE_PATH = "/actuator/prometheus";

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();

    private final List<AutoCloseable> resources = new ArrayList<>();

    private SampleTargets() {
    }

    /** Starts one target per service module and one for RabbitMQ (key "rabbitmq", path /metrics). */
    static SampleTargets start() {
        SampleTargets targets = new SampleTargets();
        for (String module : PortTable.MODULES) {
            targets.startService(module);
        }
        targets.startRabbitmq();
        return targets;
    }

    /** host:port of the target for a module, or "rabbitmq". */
    String address(String target) {
        InetSocketAddress address = servers.get(target).getAddress();
        return "127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        servers.values().forEach(server -> server.stop(0));
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            }
            catch (Exception ex) {
                // closing a binder of a stand-in: nothing to do
            }
        }
    }

    private void startService(String module) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpServer server = server();
        // the starter's conventions, as the services apply them (snake_case keys, help texts, base units)
        registry.config().meterFilter(new StandardMeterConventions());
        registry.config().commonTags("application", module, "instance", "sample-" + module + ":8080", "version",
                "0.1.0");
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        resources.add(gc);
        new ProcessorMetrics().bindTo(registry);
        Runnable activity = activity(module, registry);
        server.createContext(SCRAPE_PATH, exchange -> {
            activity.run();
            respond(exchange, registry.scrape());
        });
        server.start();
        servers.put(module, server);
    }

    private void startRabbitmq() {
        String scrape;
        try (InputStream sample = getClass().getResourceAsStream("/samples/rabbitmq-per-object.prom")) {
            scrape = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        HttpServer server = server();
        server.createContext("/metrics", exchange -> respond(exchange, scrape));
        server.start();
        servers.put("rabbitmq", server);
    }

    /** What one scrape interval of the service records: a few events of everything it measures. */
    private static Runnable activity(String module, MeterRegistry registry) {
        MeterFactory meters = MeterFactory.withDefaults(registry);
        ServiceMetrics service = new ServiceMetrics(meters, "0.1.0");
        ComponentHealthRegistry health = new ComponentHealthRegistry(meters, Duration.ofMinutes(1),
                Duration.ofMinutes(1), Duration.ofSeconds(1));
        Timer ok = httpTimer(registry, "200", "SUCCESS");
        Timer failed = httpTimer(registry, "500", "SERVER_ERROR");
        Timer redis = Timer.builder("lettuce.command.completion").tags("command", "GET", "local", "any", "remote",
                "redis:6379").register(registry);
        TickMetrics ticks = new TickMetrics(meters);
        ticks.declareSymbols(List.of("BTCUSDT", "ETHUSDT"));
        MessagingMetrics messaging = new MessagingMetrics(meters);
        Runnable specific = switch (module) {
            case "api-gateway" -> gateway(meters, registry);
            case "market-data-service" -> marketData(meters, ticks, messaging);
            case "strategy-service" -> strategy(meters, ticks, messaging);
            case "order-executor" -> orders(meters, ticks, messaging);
            case "risk-manager" -> risk(meters, ticks, messaging);
            case "alert-system" -> alerts(meters, ticks, messaging);
            default -> throw new IllegalArgumentException(module);
        };
        AtomicLong scrapes = new AtomicLong();
        return () -> {
            long n = scrapes.incrementAndGet();
            health.component("broker").success();
            health.refresh();
            ok.record(Duration.ofMillis(5 + n % 20));
            failed.record(Duration.ofMillis(30));
            redis.record(Duration.ofNanos(200_000));
            service.error("IllegalStateException");
            ticks.received("BTCUSDT");
            ticks.received("ETHUSDT");
            specific.run();
        };
    }

    private static Runnable gateway(MeterFactory meters, MeterRegistry registry) {
        GatewayMetrics gateway = new GatewayMetrics(meters);
        gateway.declareRoutes(List.of("orders", "market"));
        Timer route = Timer.builder("spring.cloud.gateway.requests").tags("routeId", "orders", "routeUri",
                "http://order-executor:8080", "outcome", "SUCCESSFUL", "status", "OK", "httpStatusCode", "200",
                "httpMethod", "POST")
            // the starter's default SLO buckets for the gateway's routes (tradewatch-defaults.properties)
            .serviceLevelObjectives(Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000)
                .map(Duration::ofMillis)
                .toArray(Duration[]::new))
            .register(registry);
        for (String state : List.of("closed", "open", "half_open", "forced_open")) {
            Gauge.builder("resilience4j.circuitbreaker.state", () -> "closed".equals(state) ? 1 : 0)
                .tags("name", "order-executor", "state", state)
                .register(registry);
        }
        return () -> {
            route.record(Duration.ofMillis(3));
            gateway.authFailure(AuthFailure.INVALID_KEY);
            gateway.rateLimited("orders");
        };
    }

    private static Runnable marketData(MeterFactory meters, TickMetrics ticks, MessagingMetrics messaging) {
        BatchMetrics batches = new BatchMetrics(meters);
        CacheMetrics cache = new CacheMetrics(meters);
        cache.declareCaches("quotes", "candles");
        FeedMetrics feed = new FeedMetrics(meters);
        feed.feedStarted(Feed.SIMULATED);
        feed.connected("binance");
        ArrayBlockingQueue<Object> channel = new ArrayBlockingQueue<>(100);
        channel.add(new Object());
        ticks.bindChannel("ticks", channel, ArrayBlockingQueue::size, 100);
        return () -> {
            ticks.processed("BTCUSDT");
            ticks.processed("ETHUSDT");
            ticks.dropped(DropReason.CHANNEL_FULL);
            ticks.processingTime(40_000);
            batches.flushed(50, 3_000_000);
            batches.retried();
            batches.failed();
            batches.bufferSize(12);
            cache.hit("quotes");
            cache.miss("quotes");
            cache.hit("candles");
            cache.miss("candles");
            cache.updateFailed("quotes");
            cache.operation(CacheOperation.WRITE, 300_000);
            feed.messageReceived(Feed.SIMULATED);
            feed.sequenceGap("BTCUSDT", 2);
            feed.parseError(Feed.WEBSOCKET);
            feed.reconnecting("binance");
            messaging.published("trading.events", "tick");
        };
    }

    private static Runnable strategy(MeterFactory meters, TickMetrics ticks, MessagingMetrics messaging) {
        TradingMetrics trading = new TradingMetrics(meters);
        return () -> {
            ticks.processed("BTCUSDT");
            ticks.processingTime(20_000);
            trading.signal("ma-btc", Side.BUY);
            trading.strategyEvaluation(15_000);
            messaging.consumed("strategy.ticks", "tick", Outcome.SUCCESS, 30_000);
            messaging.messageAge("strategy.ticks", 3);
            messaging.published("trading.events", "signal");
            messaging.pipelineLatency(PipelineStage.SIGNAL, 4);
        };
    }

    private static Runnable orders(MeterFactory meters, TickMetrics ticks, MessagingMetrics messaging) {
        TradingMetrics trading = new TradingMetrics(meters);
        return () -> {
            trading.orderPlaced(Side.BUY, OrderType.MARKET);
            trading.orderPlaced(Side.SELL, OrderType.LIMIT);
            trading.orderFilled(Side.BUY, OrderType.MARKET, 120, 1.5);
            trading.orderRejected(Side.SELL, OrderType.LIMIT);
            trading.orderCancelled(Side.SELL, OrderType.LIMIT);
            trading.portfolio(100_250.5, 250.5, -12.25, 2);
            trading.paperTick(80_000);
            messaging.consumed("order-executor.signals", "signal", Outcome.SUCCESS, 90_000);
            messaging.consumed("order-executor.decisions", "order.approved", Outcome.ERROR, 90_000);
            messaging.messageAge("order-executor.ticks", 2);
            messaging.published("trading.events", "order.requested");
            messaging.publishFailed("trading.events", "order.requested");
            messaging.deadLettered("order-executor.decisions", "order.approved");
            messaging.pipelineLatency(PipelineStage.FILL, 25);
        };
    }

    private static Runnable risk(MeterFactory meters, TickMetrics ticks, MessagingMetrics messaging) {
        RiskMetrics risk = new RiskMetrics(meters);
        risk.killSwitch(true);
        return () -> {
            risk.checked(CheckResult.APPROVED, 400_000);
            risk.checked(CheckResult.REJECTED, 500_000);
            risk.breach(RiskLimit.MAX_POSITION);
            risk.limitUsage(RiskLimit.MAX_GROSS_EXPOSURE, 0.42);
            risk.exposure(41_000);
            risk.drawdown(0.03);
            messaging.consumed("risk-manager.orders", "order.requested", Outcome.SUCCESS, 200_000);
            messaging.published("trading.events", "order.approved");
            messaging.pipelineLatency(PipelineStage.DECISION, 9);
        };
    }

    private static Runnable alerts(MeterFactory meters, TickMetrics ticks, MessagingMetrics messaging) {
        AlertMetrics alerts = new AlertMetrics(meters);
        ArrayBlockingQueue<Object> deliveries = new ArrayBlockingQueue<>(10);
        alerts.bindDeliveryQueue(deliveries, ArrayBlockingQueue::size);
        return () -> {
            alerts.triggered(Severity.WARNING, AlertType.PRICE_CROSS);
            alerts.delivered(AlertChannel.WEBHOOK, 2_000_000);
            alerts.deliveryFailed(AlertChannel.SLACK);
            alerts.delivered(AlertChannel.SLACK, 3_000_000);
            alerts.suppressed(SuppressionReason.COOLDOWN);
            messaging.consumed("alert-system.ticks", "tick", Outcome.SUCCESS, 10_000);
            messaging.messageAge("alert-system.ticks", 1500);
        };
    }

    private static Timer httpTimer(MeterRegistry registry, String status, String outcome) {
        return Timer.builder("http.server.requests")
            .publishPercentileHistogram()
            .tags("method", "GET", "uri", "/api/status", "status", status, "outcome", outcome, "exception", "none",
                    "error", "none")
            .register(registry);
    }

    private static HttpServer server() {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
