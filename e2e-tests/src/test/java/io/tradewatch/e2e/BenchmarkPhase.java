package io.tradewatch.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One phase of the system benchmark: a fresh system whose simulated feed publishes {@code rate} ticks per second
 * for {@code duration}, a strategy that signals often (MA 5/20 crossover, no cooldown) and limits wide enough that
 * its orders are approved; what it measures: ticks published and consumed by each consumer, drops, and the tick ->
 * signal and signal -> fill latencies of the signals and fills inside the window.
 */
final class BenchmarkPhase {

    static final List<Service> TICK_CONSUMERS = List.of(Service.STRATEGY, Service.ORDER_EXECUTOR,
            Service.RISK_MANAGER, Service.ALERT_SYSTEM);

    static final String STRATEGY = "bench-ma-5-20";

    /**
     * The symbols whose ticks each consumer receives: strategy-service binds its configured symbols (and those its
     * strategies name: BTCUSDT, ETHUSDT, SOLUSDT), the others every tick ({@code tick.#}).
     */
    static final Map<Service, List<String>> SUBSCRIBED = Map.of(Service.STRATEGY,
            List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"), Service.ORDER_EXECUTOR, TradewatchSystem.SYMBOLS,
            Service.RISK_MANAGER, TradewatchSystem.SYMBOLS, Service.ALERT_SYSTEM, TradewatchSystem.SYMBOLS);

    private BenchmarkPhase() {
    }

    /** Sets up the strategy and wide limits, then runs the window and returns what it measured. */
    static Result run(TradewatchSystem system, int rate, Duration duration) throws InterruptedException {
        prepare(system);
        Thread.sleep(5_000); // warm-up: indicators fill, the first crossovers fire
        Map<Service, Ticks> before = ticks(system);
        Instant start = Instant.now();
        Thread.sleep(duration.toMillis());
        Instant end = Instant.now();
        Map<Service, Ticks> atEnd = ticks(system);
        Thread.sleep(3_000); // what was published by the end must have been consumed 3 s later
        Map<Service, Ticks> drained = ticks(system);
        long published = atEnd.get(Service.MARKET_DATA).count(TradewatchSystem.SYMBOLS)
                - before.get(Service.MARKET_DATA).count(TradewatchSystem.SYMBOLS);
        Map<Service, Long> behind = new EnumMap<>(Service.class);
        Map<Service, Long> dropped = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            if (service == Service.GATEWAY) {
                continue;
            }
            dropped.put(service, drained.get(service).dropped() - before.get(service).dropped());
            if (TICK_CONSUMERS.contains(service)) {
                List<String> symbols = SUBSCRIBED.get(service);
                behind.put(service, atEnd.get(Service.MARKET_DATA).count(symbols) - drained.get(service).count(symbols));
            }
        }
        List<Double> tickToSignal = new ArrayList<>();
        Map<String, List<Instant>> signalTimes = signals(system, start, end, tickToSignal);
        List<Double> signalToFill = fills(system, start, end, signalTimes);
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        return new Result(rate, published / seconds, behind, dropped, tickToSignal, signalToFill);
    }

    private static void prepare(TradewatchSystem system) {
        Gateway gateway = new Gateway(system);
        ObjectNode limits = Json.MAPPER.createObjectNode();
        ObjectNode symbols = limits.putObject("symbols");
        for (String symbol : TradewatchSystem.SYMBOLS) {
            symbols.putObject(symbol).put("tradable", true).put("maxOrderQuantity", "10000000")
                .put("maxPosition", "10000000");
        }
        limits.put("maxOrderNotional", "10000000000").put("maxGrossExposure", "10000000000").put("maxOpenOrders", 10000)
            .put("dailyLossLimit", "10000000000").put("drawdownWarning", "0.98").put("maxDrawdown", "0.99");
        gateway.putLimits(limits);
        Http.Answer created = gateway.send("POST", "/api/strategies", system.traderKey(), Map.of("id", STRATEGY,
                "type", "ma_crossover", "symbols", List.of("BTCUSDT", "ETHUSDT"), "parameters",
                Map.of("fast", 5, "slow", 20), "notional", "100", "cooldown", "0s"));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create the benchmark strategy: " + created);
        }
    }

    /** Ticks published (market-data: processed) or received (consumers), and dropped, summed over symbols. */
    private static Map<Service, Ticks> ticks(TradewatchSystem system) {
        Map<Service, Ticks> ticks = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            if (service == Service.GATEWAY) {
                continue;
            }
            Scrape scrape = system.service(service).scrape();
            String counted = (service == Service.MARKET_DATA) ? "trading_ticks_processed_total"
                    : "trading_ticks_received_total";
            Map<String, Long> bySymbol = new HashMap<>();
            for (String symbol : TradewatchSystem.SYMBOLS) {
                List<Scrape.Sample> samples = scrape.samples(counted, Map.of("symbol", symbol));
                samples.forEach(sample -> bySymbol.put(symbol, Math.round(sample.value())));
            }
            ticks.put(service, new Ticks(bySymbol, sum(scrape, "trading_ticks_dropped_total")));
        }
        return ticks;
    }

    private static long sum(Scrape scrape, String name) {
        List<Scrape.Sample> samples = scrape.samples(name, Map.of());
        if (samples.isEmpty()) {
            throw new IllegalStateException("no " + name + " in the scrape");
        }
        return Math.round(samples.stream().mapToDouble(Scrape.Sample::value).sum());
    }

    /** The benchmark strategy's signals in the window: tick -> signal of each, and their times by key. */
    private static Map<String, List<Instant>> signals(TradewatchSystem system, Instant start, Instant end,
            List<Double> tickToSignal) {
        JsonNode signals = Http.get(system.service(Service.STRATEGY).url("/api/signals?limit=1000"), null).json();
        Map<String, List<Instant>> times = new HashMap<>();
        for (JsonNode signal : signals) {
            Instant at = Instant.parse(signal.path("occurredAt").asString());
            if (!STRATEGY.equals(signal.path("strategyId").asString()) || at.isBefore(start) || at.isAfter(end)) {
                continue;
            }
            tickToSignal.add(millisBetween(Instant.parse(signal.path("tickTime").asString()), at));
            times.computeIfAbsent(key(signal), k -> new ArrayList<>()).add(at);
        }
        return times;
    }

    /** signal -> fill of every filled order of the strategy created in the window, matched to its signal. */
    private static List<Double> fills(TradewatchSystem system, Instant start, Instant end,
            Map<String, List<Instant>> signals) {
        JsonNode orders = Http.get(system.service(Service.ORDER_EXECUTOR).url("/api/orders?status=FILLED&limit=1000"),
                null).json();
        List<Double> latencies = new ArrayList<>();
        for (JsonNode order : orders) {
            Instant created = Instant.parse(order.path("createdAt").asString());
            if (!STRATEGY.equals(order.path("strategyId").asString()) || created.isBefore(start)
                    || created.isAfter(end)) {
                continue;
            }
            // the order's signal: the latest of its strategy, symbol and side published before the order was made
            signals.getOrDefault(key(order), List.of()).stream()
                .filter(signal -> !signal.isAfter(created))
                .max(Instant::compareTo)
                .ifPresent(signal -> latencies.add(millisBetween(signal,
                        Instant.parse(order.path("fill").path("filledAt").asString()))));
        }
        return latencies;
    }

    private static String key(JsonNode event) {
        return event.path("symbol").asString() + "/" + event.path("side").asString();
    }

    private static double millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    /** The value at quantile {@code q} (0-1) of {@code values}, nearest rank; NaN when there are none. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Ticks counted per symbol (a symbol not yet seen has none) and dropped ticks. */
    private record Ticks(Map<String, Long> bySymbol, long dropped) {

        /** The ticks of {@code symbols}; a symbol without a series has had none yet. */
        long count(List<String> symbols) {
            return symbols.stream().mapToLong(symbol -> bySymbol.getOrDefault(symbol, 0L)).sum();
        }
    }

    /**
     * What a phase measured.
     *
     * @param rate the feed's configured ticks per second
     * @param published ticks market-data published per second in the window
     * @param behind per consumer: ticks published by the window's end not yet received 3 s later
     * @param dropped per service: ticks it dropped in the window (any reason)
     * @param tickToSignal milliseconds from the tick to its signal, per signal
     * @param signalToFill milliseconds from the signal to the fill of its order, per order
     */
    record Result(int rate, double published, Map<Service, Long> behind, Map<Service, Long> dropped,
            List<Double> tickToSignal, List<Double> signalToFill) {

        /** Published at 95% of the rate or more, every tick consumed by every consumer, none dropped. */
        boolean sustained() {
            return published >= 0.95 * rate && behind.values().stream().allMatch(count -> count <= 0)
                    && dropped.values().stream().allMatch(count -> count == 0);
        }
    }
}
