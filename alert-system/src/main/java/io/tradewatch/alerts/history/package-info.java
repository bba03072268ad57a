/**
 * The alert history (a capped Redis stream), acknowledgements, and the live view over Server-Sent Events fed
 * by Redis pub/sub, so every instance's clients see every instance's alerts.
 */
@NullMarked
package io.tradewatch.alerts.history;

import org.jspecify.annotations.NullMarked;
