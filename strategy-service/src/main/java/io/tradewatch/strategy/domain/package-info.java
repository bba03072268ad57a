/**
 * The strategy domain: definitions and their validation, signal rules, per-symbol evaluation with
 * cooldown, and backtests. Plain Java with no Spring, AMQP, Redis or Micrometer imports (guarded by an
 * ArchUnit test), so live evaluation and backtests run exactly the same code.
 */
@NullMarked
package io.tradewatch.strategy.domain;

import org.jspecify.annotations.NullMarked;
