package io.tradewatch.orders.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderStatus;
import io.tradewatch.orders.domain.Transition;

/**
 * One INFO line per committed order state change and per fill, readable on its own ("Order 3f2c... BTCUSDT
 * PENDING_RISK -> APPROVED"), with the same facts as key-value pairs for structured (ECS) output.
 */
final class OrderLog {

    private static final Logger log = LoggerFactory.getLogger(OrderLog.class);

    private OrderLog() {
    }

    /** Logs the transitions of a newly stored order, the first one from {@code NEW}. */
    static void created(Order order) {
        transitions(order, null, order.state().transitions());
    }

    /** Logs the transitions {@code to} has beyond those of the stored {@code from} (none for a late decision). */
    static void changed(Order from, Order to) {
        List<Transition> before = from.state().transitions();
        List<Transition> after = to.state().transitions();
        if (after.size() > before.size()) {
            transitions(to, before.getLast().status(), after.subList(before.size(), after.size()));
        }
    }

    static void filled(Order order, Fill fill) {
        log.atInfo()
            .setMessage("Order {} {} filled: {} {} at {}, fee {}")
            .addArgument(order.id())
            .addArgument(order.terms().symbol())
            .addArgument(order.terms().side())
            .addArgument(fill.quantity().toPlainString())
            .addArgument(fill.price().toPlainString())
            .addArgument(fill.fee().toPlainString())
            .addKeyValue("order.id", order.id())
            .addKeyValue("order.symbol", order.terms().symbol())
            .addKeyValue("fill.quantity", fill.quantity().toPlainString())
            .addKeyValue("fill.price", fill.price().toPlainString())
            .addKeyValue("fill.fee", fill.fee().toPlainString())
            .log();
    }

    private static void transitions(Order order, @Nullable OrderStatus first, List<Transition> steps) {
        String from = (first != null) ? first.name() : "NEW";
        for (Transition step : steps) {
            String reason = (step.reason() != null) ? " (" + step.reason() + ")" : "";
            log.atInfo()
                .setMessage("Order {} {} {} -> {}{}")
                .addArgument(order.id())
                .addArgument(order.terms().symbol())
                .addArgument(from)
                .addArgument(step.status())
                .addArgument(reason)
                .addKeyValue("order.id", order.id())
                .addKeyValue("order.symbol", order.terms().symbol())
                .addKeyValue("order.status.from", from)
                .addKeyValue("order.status.to", step.status())
                .log();
            from = step.status().name();
        }
    }
}
