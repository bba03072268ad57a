/** Auto-configuration of the shared-metrics starter: the wiring, kept apart from what it wires. */
@NullMarked
package io.tradewatch.metrics.autoconfigure;

import org.jspecify.annotations.NullMarked;
