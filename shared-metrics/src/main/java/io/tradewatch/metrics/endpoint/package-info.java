/** Actuator endpoints for operators without Prometheus: {@code tradingsummary} and {@code recenterrors}. */
@NullMarked
package io.tradewatch.metrics.endpoint;

import org.jspecify.annotations.NullMarked;
