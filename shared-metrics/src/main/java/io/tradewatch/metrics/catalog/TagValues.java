package io.tradewatch.metrics.catalog;

/** The bounded tag values of the catalog, as enums so that a misspelled value does not compile. */
public final class TagValues {

    private TagValues() {
    }

    public enum Side implements TagValue { BUY, SELL }

    public enum OrderType implements TagValue { MARKET, LIMIT }

    public enum Severity implements TagValue { INFO, WARNING, CRITICAL }

    public enum AlertType implements TagValue {
        PRICE_CROSS, PERCENT_MOVE, DRAWDOWN, PNL, FEED_STALE, RISK_BREACH, ORDER_REJECTED, LARGE_FILL, PROMETHEUS
    }

    public enum AlertChannel implements TagValue { WEBHOOK, SLACK, LOG }

    public enum RiskLimit implements TagValue {
        KILL_SWITCH, SYMBOL_TRADABLE, MAX_ORDER_QUANTITY, MAX_ORDER_NOTIONAL, MAX_POSITION, MAX_GROSS_EXPOSURE,
        MAX_OPEN_ORDERS, DAILY_LOSS, MAX_DRAWDOWN
    }

    public enum DropReason implements TagValue {
        CHANNEL_FULL, INVALID, UNKNOWN_SYMBOL, DUPLICATE, OUT_OF_ORDER, QUEUE_OVERFLOW, STALE
    }

    public enum Feed implements TagValue { SIMULATED, REPLAY, WEBSOCKET }

    public enum PipelineStage implements TagValue { SIGNAL, ORDER, DECISION, FILL }

    public enum CacheOperation implements TagValue { READ, WRITE, PIPELINE }

    public enum AuthFailure implements TagValue {
        MISSING_CREDENTIALS, INVALID_KEY, REVOKED_KEY, INVALID_TOKEN, EXPIRED_TOKEN, FORBIDDEN
    }

    public enum SuppressionReason implements TagValue { COOLDOWN, DUPLICATE, FLOOD }

    public enum PnlKind implements TagValue { REALIZED, UNREALIZED }

    public enum CheckResult implements TagValue { APPROVED, REJECTED }

    public enum Outcome implements TagValue { SUCCESS, ERROR }
}
