package io.tradewatch.alerts.domain;

import java.util.Locale;

/** What raised an alert: a rule type or one of the event sources; mirrors the catalog's {@code type} tag. */
public enum AlertKind {

    PRICE_CROSS, PERCENT_MOVE, DRAWDOWN, PNL, FEED_STALE, RISK_BREACH, ORDER_REJECTED, LARGE_FILL, PROMETHEUS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
