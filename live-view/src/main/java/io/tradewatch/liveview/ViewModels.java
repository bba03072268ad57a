package io.tradewatch.liveview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.tradewatch.liveview.Snapshot.Distribution;
import io.tradewatch.liveview.Snapshot.Summary;
import io.tradewatch.liveview.Snapshot.Value;
import io.tradewatch.liveview.ViewModel.AlertRow;
import io.tradewatch.liveview.ViewModel.Orders;
import io.tradewatch.liveview.ViewModel.Pnl;
import io.tradewatch.liveview.ViewModel.Reason;
import io.tradewatch.liveview.ViewModel.ServiceRow;
import io.tradewatch.liveview.ViewModel.StrategyRow;
import io.tradewatch.liveview.ViewModel.SymbolRow;

/** Turns two consecutive snapshots into what the view shows. Plain Java, no I/O. */
final class ViewModels {

    static final String MARKET_DATA = "market-data-service";

    static final String STRATEGY = "strategy-service";

    static final String ORDER_EXECUTOR = "order-executor";

    static final String RISK_MANAGER = "risk-manager";

    static final String ALERT_SYSTEM = "alert-system";

    static final String GATEWAY = "api-gateway";

    /** Each service's main timer: the one that says whether it does its job in time. */
    static final Map<String, String> MAIN_TIMERS = Map.of(MARKET_DATA, "trading.tick.processing",
            STRATEGY, "trading.strategy.evaluation", ORDER_EXECUTOR, "trading.order.fill.latency",
            RISK_MANAGER, "trading.risk.check.duration", ALERT_SYSTEM, "trading.alert.delivery.duration");

    private ViewModels() {
    }

    /**
     * The view of {@code current}; rates need {@code previous} (may be {@code null}: rates are then unknown).
     */
    static ViewModel of(Snapshot previous, Snapshot current, List<String> serviceNames) {
        double seconds = previous == null ? 0 : Duration.between(previous.at(), current.at()).toMillis() / 1000.0;
        return new ViewModel(current.at(), current.status() == null ? "UNREACHABLE" : current.status().status(),
                symbols(previous, current, seconds), strategies(current.summaries().get(STRATEGY)),
                orders(current.summaries().get(ORDER_EXECUTOR), current.summaries().get(RISK_MANAGER)),
                pnl(previous, current, seconds), alerts(current), current.alerts() == null ? ALERT_SYSTEM : "prometheus",
                counter(current.summaries().get(ALERT_SYSTEM), "trading.alerts.triggered"),
                services(current, serviceNames));
    }

    private static List<SymbolRow> symbols(Snapshot previous, Snapshot current, double seconds) {
        Map<String, String> last = new TreeMap<>();
        if (current.quotes() != null) {
            current.quotes().forEach(quote -> last.put(quote.symbol(), quote.last()));
        }
        Summary marketData = current.summaries().get(MARKET_DATA);
        Map<String, Double> ticks = bySymbol(marketData);
        Map<String, Double> before = previous == null ? Map.of() : bySymbol(previous.summaries().get(MARKET_DATA));
        // The symbols the strategies trade come first, then the others in alphabetical order.
        Set<String> order = new LinkedHashSet<>(new TreeSet<>(bySymbol(current.summaries().get(STRATEGY)).keySet()));
        Set<String> others = new TreeSet<>(last.keySet());
        others.addAll(ticks.keySet());
        order.addAll(others);
        List<SymbolRow> rows = new ArrayList<>();
        for (String symbol : order) {
            OptionalDouble rate = seconds > 0 && ticks.containsKey(symbol) && before.containsKey(symbol)
                    ? OptionalDouble.of(Math.max(0, ticks.get(symbol) - before.get(symbol)) / seconds) : OptionalDouble.empty();
            rows.add(new SymbolRow(symbol, last.getOrDefault(symbol, "-"), rate));
        }
        return rows;
    }

    private static Map<String, Double> bySymbol(Summary summary) {
        Map<String, Double> ticks = new TreeMap<>();
        if (summary != null) {
            summary.counters().stream()
                .filter(counter -> counter.name().equals("trading.ticks.received") && counter.tags().containsKey("symbol"))
                .forEach(counter -> ticks.merge(counter.tags().get("symbol"), counter.finite(), Double::sum));
        }
        return ticks;
    }

    private static List<StrategyRow> strategies(Summary strategy) {
        if (strategy == null) {
            return List.of();
        }
        Map<String, long[]> sides = new TreeMap<>();
        for (Value counter : strategy.counters()) {
            if (counter.name().equals("trading.signals.generated") && counter.tags().containsKey("strategy")) {
                long[] counts = sides.computeIfAbsent(counter.tags().get("strategy"), name -> new long[2]);
                counts["sell".equals(counter.tags().get("side")) ? 1 : 0] += (long) counter.finite();
            }
        }
        List<StrategyRow> rows = new ArrayList<>();
        sides.forEach((name, counts) -> rows.add(new StrategyRow(name, counts[0], counts[1])));
        return rows;
    }

    private static Orders orders(Summary executor, Summary risk) {
        List<Reason> reasons = new ArrayList<>();
        if (risk != null) {
            Map<String, Double> byLimit = new TreeMap<>();
            risk.counters().stream()
                .filter(counter -> counter.name().equals("trading.risk.limit.breaches") && counter.finite() > 0)
                .forEach(counter -> byLimit.merge(counter.tags().getOrDefault("limit", "?"), counter.finite(), Double::sum));
            byLimit.forEach((limit, count) -> reasons.add(new Reason(limit, Math.round(count))));
            reasons.sort(Comparator.comparingLong(Reason::count).reversed().thenComparing(Reason::reason));
        }
        return new Orders(counter(executor, "trading.orders.placed"), counter(executor, "trading.orders.filled"),
                counter(executor, "trading.orders.rejected"), counter(executor, "trading.orders.cancelled"),
                List.copyOf(reasons.subList(0, Math.min(3, reasons.size()))));
    }

    private static Pnl pnl(Snapshot previous, Snapshot current, double seconds) {
        Summary executor = current.summaries().get(ORDER_EXECUTOR);
        OptionalDouble fills = counter(executor, "trading.orders.filled");
        OptionalDouble before = previous == null ? OptionalDouble.empty()
                : counter(previous.summaries().get(ORDER_EXECUTOR), "trading.orders.filled");
        OptionalDouble rate = seconds > 0 && fills.isPresent() && before.isPresent()
                ? OptionalDouble.of(Math.max(0, fills.getAsDouble() - before.getAsDouble()) / seconds) : OptionalDouble.empty();
        if (executor == null) {
            return new Pnl(rate, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        return new Pnl(rate, executor.gauge("trading.paper.pnl", "kind", "realized"),
                executor.gauge("trading.paper.pnl", "kind", "unrealized"),
                executor.gauge("trading.paper.portfolio.value", null, null));
    }

    private static List<AlertRow> alerts(Snapshot current) {
        if (current.alerts() == null) {
            return List.of();
        }
        return current.alerts().stream()
            .map(alert -> new AlertRow(alert.name(), alert.severity(), alert.service(), alert.state()))
            .sorted(Comparator.comparing((AlertRow alert) -> !"firing".equals(alert.state()))
                .thenComparing(alert -> !"critical".equals(alert.severity()))
                .thenComparing(AlertRow::name))
            .distinct()
            .toList();
    }

    private static List<ServiceRow> services(Snapshot current, List<String> serviceNames) {
        List<ServiceRow> rows = new ArrayList<>();
        for (String name : serviceNames) {
            Summary summary = current.summaries().get(name);
            String timer = MAIN_TIMERS.get(name);
            OptionalDouble p99 = name.equals(GATEWAY) ? current.gatewayP99() : p99(summary, timer);
            rows.add(new ServiceRow(name, readiness(current, name), health(summary),
                    name.equals(GATEWAY) ? "http.server.requests" : timer, p99));
        }
        return rows;
    }

    private static String readiness(Snapshot current, String name) {
        if (current.status() == null) {
            return current.summaries().containsKey(name) ? "?" : "DOWN";
        }
        if (name.equals(GATEWAY)) {
            return "UP";
        }
        // The gateway names services without the "-service" suffix (market-data, strategy).
        String short_ = name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
        return current.status().services().stream()
            .filter(service -> service.name().equals(short_) || service.name().equals(name))
            .map(Snapshot.ServiceStatus::readiness)
            .findFirst()
            .orElse("?");
    }

    private static OptionalDouble health(Summary summary) {
        if (summary == null) {
            return OptionalDouble.empty();
        }
        return summary.gauges().stream()
            .filter(gauge -> gauge.name().equals("trading.component.health.score") && Double.isFinite(gauge.value()))
            .mapToDouble(Value::value)
            .min();
    }

    private static OptionalDouble p99(Summary summary, String timer) {
        if (summary == null || timer == null) {
            return OptionalDouble.empty();
        }
        return summary.distributions().stream()
            .filter(distribution -> distribution.name().equals(timer) && distribution.count() > 0)
            .mapToDouble(Distribution::p99)
            .max();
    }

    private static OptionalDouble counter(Summary summary, String name) {
        return summary == null ? OptionalDouble.empty() : OptionalDouble.of(summary.counterTotal(name));
    }
}
