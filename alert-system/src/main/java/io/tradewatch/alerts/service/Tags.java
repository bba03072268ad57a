package io.tradewatch.alerts.service;

import io.tradewatch.alerts.domain.AlertKind;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.metrics.catalog.TagValues;

/** Maps the domain's enums to the catalog's bounded tag values. */
public final class Tags {

    private Tags() {
    }

    public static TagValues.Severity severity(Severity severity) {
        return switch (severity) {
            case INFO -> TagValues.Severity.INFO;
            case WARNING -> TagValues.Severity.WARNING;
            case CRITICAL -> TagValues.Severity.CRITICAL;
        };
    }

    public static TagValues.AlertType type(AlertKind kind) {
        return switch (kind) {
            case PRICE_CROSS -> TagValues.AlertType.PRICE_CROSS;
            case PERCENT_MOVE -> TagValues.AlertType.PERCENT_MOVE;
            case DRAWDOWN -> TagValues.AlertType.DRAWDOWN;
            case PNL -> TagValues.AlertType.PNL;
            case FEED_STALE -> TagValues.AlertType.FEED_STALE;
            case RISK_BREACH -> TagValues.AlertType.RISK_BREACH;
            case ORDER_REJECTED -> TagValues.AlertType.ORDER_REJECTED;
            case LARGE_FILL -> TagValues.AlertType.LARGE_FILL;
            case PROMETHEUS -> TagValues.AlertType.PROMETHEUS;
        };
    }

    public static TagValues.AlertChannel channel(ChannelType type) {
        return switch (type) {
            case WEBHOOK -> TagValues.AlertChannel.WEBHOOK;
            case SLACK -> TagValues.AlertChannel.SLACK;
            case LOG -> TagValues.AlertChannel.LOG;
        };
    }
}
