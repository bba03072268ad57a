package io.tradewatch.metrics.catalog;

/** How a catalog meter is recorded, and so which series Prometheus scrapes for it. */
public enum MeterKind {

    COUNTER, GAUGE, TIMER, SUMMARY;

    /** The Prometheus metric type in the TYPE line. */
    public String prometheusType() {
        return switch (this) {
            case COUNTER -> "counter";
            case GAUGE -> "gauge";
            case TIMER, SUMMARY -> "histogram";
        };
    }
}
