package io.tradewatch.metrics.catalog;

import java.util.Locale;

/** The domains of the catalog; a service names the groups it records in {@code tradewatch.metrics.groups}. */
public enum MeterGroup {

    TICKS, BATCHES, CACHE, FEED, MESSAGING, TRADING, RISK, ALERTS, GATEWAY,

    /** Service information, uptime, health scores, errors and cardinality overflow: always on. */
    SERVICE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
