/**
 * Alert rules over HTTP ({@code /api/alerts/rules}), stored in Redis, reloaded by every instance and evaluated
 * by the domain's rule engine on ticks, risk observations and the clock.
 */
@NullMarked
package io.tradewatch.alerts.rules;

import org.jspecify.annotations.NullMarked;
