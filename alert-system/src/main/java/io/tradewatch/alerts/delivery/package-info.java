/**
 * Delivery: one bounded queue and one worker per target (so a hanging target delays only itself), the webhook,
 * Slack-compatible and log channels, retries with backoff, and the dead-letter list in Redis.
 */
@NullMarked
package io.tradewatch.alerts.delivery;

import org.jspecify.annotations.NullMarked;
