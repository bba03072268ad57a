/**
 * Outbound delivery: one bounded queue and one worker per target (so a hanging target delays only itself), the
 * webhook, Slack-compatible and log channels over the guarded HTTP client, retries with backoff, dead letters.
 */
@NullMarked
package io.tradewatch.alerts.delivery;

import org.jspecify.annotations.NullMarked;
