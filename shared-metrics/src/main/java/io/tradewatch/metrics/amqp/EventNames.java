package io.tradewatch.metrics.amqp;

/**
 * The {@code event} tag of a message, from its routing key: per-symbol and per-strategy keys
 * ({@code tick.BTCUSDT}, {@code signal.ma_crossover}) fold to their first segment, so the tag stays
 * bounded; the suite's other keys ({@code order.filled}) are kept whole.
 */
final class EventNames {

    private EventNames() {
    }

    static String of(String routingKey) {
        if (routingKey.startsWith("tick.")) {
            return "tick";
        }
        if (routingKey.startsWith("signal.")) {
            return "signal";
        }
        return routingKey.isEmpty() ? "none" : routingKey;
    }
}
