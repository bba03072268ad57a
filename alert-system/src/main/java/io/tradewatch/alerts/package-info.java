/** Alerting: rules, deduplication, delivery and the Alertmanager receiver. */
@NullMarked
package io.tradewatch.alerts;

import org.jspecify.annotations.NullMarked;
