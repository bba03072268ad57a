/** Redis: the alert gate and its scripts, rules, the history stream with its live feed, dead letters. */
@NullMarked
package io.tradewatch.alerts.store;

import org.jspecify.annotations.NullMarked;
