/**
 * The Alertmanager webhook receiver ({@code POST /api/alerts/alertmanager}, payload version 4): Prometheus
 * alerts reach people through the same deduplication and channels as the suite's own alerts.
 */
@NullMarked
package io.tradewatch.alerts.alertmanager;

import org.jspecify.annotations.NullMarked;
