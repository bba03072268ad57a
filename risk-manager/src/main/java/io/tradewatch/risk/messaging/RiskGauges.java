package io.tradewatch.risk.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.RiskLimit;
import io.tradewatch.risk.config.RiskProperties;
import io.tradewatch.risk.domain.RiskView;
import io.tradewatch.risk.domain.rules.LimitUsage;
import io.tradewatch.risk.domain.rules.OrderCheck;
import io.tradewatch.risk.domain.rules.RiskLimits;
import io.tradewatch.risk.domain.rules.Rule;
import io.tradewatch.risk.domain.rules.SymbolLimits;
import io.tradewatch.risk.store.SnapshotReader;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the risk gauges current. Account-wide figures (exposure, drawdown, usage of the standing limits,
 * kill switch) come from the shared state in Redis on a schedule, so every replica shows the same values;
 * the usage of per-order limits (symbol, quantity, notional) is that of the last order this replica
 * checked. Also samples the depth of {@code risk-manager.ticks} for the channel gauges.
 */
@Component
public class RiskGauges {

    private static final Logger log = LoggerFactory.getLogger(RiskGauges.class);

    private final SnapshotReader reader;

    private final RiskMetrics metrics;

    private final AmqpAdmin admin;

    private final Clock clock;

    private final AtomicInteger tickQueueDepth = new AtomicInteger();

    private volatile @Nullable RiskLimits limits;

    private volatile boolean lastRefreshFailed;

    RiskGauges(SnapshotReader reader, RiskMetrics metrics, TickMetrics ticks, AmqpAdmin admin, Clock clock,
            RiskProperties properties) {
        this.reader = reader;
        this.metrics = metrics;
        this.admin = admin;
        this.clock = clock;
        ticks.bindChannel(Events.TICKS_QUEUE, tickQueueDepth, AtomicInteger::get, properties.tickQueueMaxLength());
    }

    @Scheduled(fixedDelayString = "${tradewatch.risk.gauge-refresh:2s}", initialDelayString = "1s")
    void refresh() {
        try {
            RiskView view = reader.read();
            limits = view.limits();
            String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
            LimitUsage.of(view.limits(), view.state(), today)
                .forEach((rule, ratio) -> metrics.limitUsage(limit(rule), ratio));
            metrics.exposure(view.state().grossExposure().doubleValue());
            metrics.drawdown(view.state().drawdown().doubleValue());
            metrics.killSwitch(view.killSwitch().engaged());
            QueueInformation ticks = admin.getQueueInfo(Events.TICKS_QUEUE);
            tickQueueDepth.set((ticks != null) ? (int) ticks.getMessageCount() : 0);
            lastRefreshFailed = false;
        }
        catch (RuntimeException ex) {
            if (!lastRefreshFailed) {
                log.warn("Could not refresh the risk gauges from Redis and RabbitMQ: {}. They keep their last values"
                        + " until the next refresh succeeds; check both connections", ex.toString());
            }
            lastRefreshFailed = true;
        }
    }

    /** Records how much of the per-order limits an order used, against the limits last read. */
    public void orderChecked(OrderCheck order) {
        RiskLimits current = limits;
        if (current == null) {
            return;
        }
        SymbolLimits symbol = current.symbol(order.symbol());
        metrics.limitUsage(RiskLimit.SYMBOL_TRADABLE, (symbol == null || symbol.tradable()) ? 0 : 1);
        metrics.limitUsage(RiskLimit.MAX_ORDER_NOTIONAL, ratio(order.notional().doubleValue(),
                current.maxOrderNotional().doubleValue()));
        if (symbol != null) {
            metrics.limitUsage(RiskLimit.MAX_ORDER_QUANTITY, ratio(order.quantity().doubleValue(),
                    symbol.maxOrderQuantity().doubleValue()));
        }
    }

    private static double ratio(double value, double limit) {
        return (limit > 0) ? Math.max(0, Math.min(1, value / limit)) : 0;
    }

    private static RiskLimit limit(Rule rule) {
        return RiskLimit.valueOf(rule.name());
    }
}
